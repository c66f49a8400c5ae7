package io.newsbeam.normalize;

/** How to read an all-numeric slash date such as {@code 05/06/2025}: day first or month first. */
public enum DateOrder {
  DMY,
  MDY
}
