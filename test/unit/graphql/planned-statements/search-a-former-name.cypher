// search: not planned (no relationship selected below it, or not a planned root field)
