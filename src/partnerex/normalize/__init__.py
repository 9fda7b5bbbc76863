"""Pure normalizers: countries, numbers, dates."""
