#include "OverviewTile.h"

#include "AccessRisk.h"
#include "OverviewText.h"
#include "PaletteWatcher.h"
#include "StatusColors.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

using Overview::Tile;

OverviewTile::OverviewTile(Tile tile, QWidget *parent)
    : QFrame(parent), m_tile(tile), m_title(new QLabel(OverviewText::title(tile), this)),
      m_value(new QLabel(this)), m_line(new QLabel(this))
{
    setObjectName(Overview::key(tile) + QStringLiteral("Tile"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setMinimumHeight(120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.2);
    m_value->setFont(valueFont);
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_line->setObjectName(QStringLiteral("tileLine"));
    m_line->setWordWrap(true);
    m_line->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (QLabel *label : {m_title, m_value, m_line})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_line, 1);
    PaletteWatcher::follow(this, [this] { restyle(); });
    setFigure(OverviewFigure());
}

void OverviewTile::setFigure(const OverviewFigure &figure)
{
    m_figure = figure;
    m_value->setText(figure.isLoading() ? QStringLiteral("\u2026") : OverviewText::value(figure));
    m_line->setText(OverviewText::line(m_tile, figure));
    m_line->setToolTip(figure.isFailed() ? figure.error.detailedMessage() : QString());
    setAccessibleName(OverviewText::title(m_tile));
    setAccessibleDescription(tr("%1: %2").arg(m_value->text(), m_line->text()));
    restyle();
}

QString OverviewTile::valueText() const
{
    return m_value->text();
}

QString OverviewTile::lineText() const
{
    return m_line->text();
}

QColor OverviewTile::valueColor() const
{
    if (!m_figure.isReady())
        return StatusColors::muted();
    switch (m_tile) {
    case Tile::OwnKey:
        if (m_figure.value < 0)
            return StatusColors::muted();
        if (m_figure.value < AccessRisk::verySoonDays)
            return StatusColors::danger();
        return m_figure.value < AccessRisk::soonDays ? StatusColors::warning() : QColor();
    case Tile::Tokens:
    case Tile::Domains:
    case Tile::ApiKeys:
    case Tile::TwoStepOff:
        return m_figure.value > 0 ? StatusColors::warning() : StatusColors::ok();
    case Tile::Policies:
        if (m_figure.part(QStringLiteral("failed")) > 0)
            return StatusColors::danger();
        return m_figure.value > 0 ? StatusColors::warning() : StatusColors::ok();
    default:
        return QColor(); // a plain count
    }
}

void OverviewTile::restyle()
{
    const QColor value = valueColor();
    m_value->setStyleSheet(value.isValid() ? QStringLiteral("color: %1;").arg(value.name())
                                           : QString());
    const QColor line = m_figure.isRefused()  ? StatusColors::warning()
                        : m_figure.isFailed() ? StatusColors::danger()
                                              : QColor();
    m_line->setStyleSheet(line.isValid() ? QStringLiteral("color: %1;").arg(line.name())
                                         : QString());
    const QPalette colours = palette();
    setStyleSheet(QStringLiteral("OverviewTile { background: %1; border: 1px solid %2; "
                                 "border-radius: 6px; }"
                                 "OverviewTile:hover { border-color: %3; }"
                                 "OverviewTile:focus { border: 2px solid %3; }")
                      .arg(colours.color(QPalette::Base).name(),
                           colours.color(QPalette::Mid).name(),
                           colours.color(QPalette::Highlight).name()));
}

void OverviewTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated(m_tile);
    QFrame::mouseReleaseEvent(event);
}

void OverviewTile::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT activated(m_tile);
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}
