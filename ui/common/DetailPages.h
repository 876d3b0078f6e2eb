#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QVBoxLayout;

// A detail pane's two pages: a centred hint while nothing is picked (page 0), then the details
// in a scroll area with no frame and no horizontal bar (page 1). Returns the layout of the
// details' content, to fill.
QVBoxLayout *addDetailPages(QStackedWidget *pages, const QString &hint);

// A row of the details' form: `caption` in the dimmer text of a caption, buddy of `value`.
void addCaptionedRow(QFormLayout *form, const QString &caption, QLabel *value);
