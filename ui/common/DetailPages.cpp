#include "DetailPages.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

QVBoxLayout *addDetailPages(QStackedWidget *pages, const QString &hint)
{
    auto *hintLabel = new QLabel(hint, pages);
    hintLabel->setObjectName(QStringLiteral("detailHint"));
    hintLabel->setAlignment(Qt::AlignCenter);
    hintLabel->setWordWrap(true);
    hintLabel->setEnabled(false);
    pages->addWidget(hintLabel);

    auto *scroll = new QScrollArea(pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    pages->addWidget(scroll);
    return layout;
}

void addCaptionedRow(QFormLayout *form, const QString &caption, QLabel *value)
{
    auto *label = new QLabel(caption, value->parentWidget());
    label->setEnabled(false); // the dimmer text of a caption
    label->setBuddy(value);
    form->addRow(label, value);
}
