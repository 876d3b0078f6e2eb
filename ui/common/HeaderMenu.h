#pragma once

class QHeaderView;

// A right-click menu on a table header to hide and show columns (the first one always stays).
void installColumnMenu(QHeaderView *header);
