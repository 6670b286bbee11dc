package org.reportage.parser;

/** How to read an all-numeric date such as {@code 03/02/2022}. */
public enum DateOrder {
    /** {@code 03/02/2022} is 3 February 2022 (most of the world). */
    DAY_FIRST,
    /** {@code 03/02/2022} is March 2, 2022 (the United States). */
    MONTH_FIRST
}
