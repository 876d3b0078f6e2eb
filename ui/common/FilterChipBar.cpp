#include "FilterChipBar.h"

#include "Icons.h"
#include "PaletteWatcher.h"
#include "StatusColors.h"

#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>

FilterChipBar::FilterChipBar(QWidget *parent)
    : QWidget(parent), m_layout(new QHBoxLayout(this)), m_chips(new QHBoxLayout),
      m_add(new QToolButton(this)), m_menu(new QMenu(this)), m_clear(new QToolButton(this))
{
    m_add->setObjectName(QStringLiteral("addFilter"));
    m_add->setText(tr("Add filter"));
    m_add->setIcon(Icons::action(Icons::Action::Filter));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        m_menu->clear();
        Q_EMIT menuAboutToShow();
        fillMenu();
    });
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &FilterChipBar::clearClicked);
    PaletteWatcher::follow(this, [this] {
        const StatusColors::Tint colors = StatusColors::tint(StatusColors::Role::Info);
        const QColor hover =
            StatusColors::isDark() ? colors.background.lighter(125) : colors.background.darker(106);
        setStyleSheet(QStringLiteral("QToolButton[chip=\"true\"] { background: %1; "
                                     "border: 1px solid %2; border-radius: 10px; "
                                     "padding: 2px 8px; color: %3; }"
                                     "QToolButton[chip=\"true\"]:hover { background: %4; }")
                          .arg(colors.background.name(), colors.border.name(), colors.text.name(),
                               hover.name()));
    });

    m_chips->setContentsMargins(0, 0, 0, 0);
    m_chips->setSpacing(4);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->addWidget(m_add);
    m_layout->addLayout(m_chips);
    m_layout->addWidget(m_clear);
    m_afterClearSlot = m_layout->count();
    m_layout->addStretch(1);
    setChips({});
}

void FilterChipBar::addWidgetAfterClear(QWidget *widget)
{
    m_layout->insertWidget(m_afterClearSlot++, widget);
    m_withClear.append(widget);
    widget->setVisible(m_clear->isVisibleTo(this));
}

void FilterChipBar::addWidgetAtEnd(QWidget *widget)
{
    m_layout->addWidget(widget);
}

void FilterChipBar::setChips(const QList<Chip> &chips)
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Chip &chip : chips) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("chip_") + chip.key);
        button->setText(chip.text + QStringLiteral("  \u2715"));
        button->setToolTip(tr("Remove this filter"));
        button->setAccessibleName(tr("Remove the filter %1").arg(chip.text));
        button->setProperty("chip", true); // styled by the bar's style sheet
        button->setProperty("chipText", chip.text);
        connect(button, &QToolButton::clicked, this,
                [this, key = chip.key] { Q_EMIT chipRemoved(key); });
        m_chips->addWidget(button);
    }
    m_clear->setVisible(!chips.isEmpty());
    for (QWidget *widget : std::as_const(m_withClear))
        widget->setVisible(!chips.isEmpty());
}

QStringList FilterChipBar::chipTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_chips->count(); ++i) {
        if (const QWidget *button = m_chips->itemAt(i)->widget())
            texts.append(button->property("chipText").toString());
    }
    return texts;
}

QToolButton *FilterChipBar::chip(const QString &key) const
{
    return findChild<QToolButton *>(QStringLiteral("chip_") + key);
}
