#include "OverviewPane.h"

#include "AreaLink.h"
#include "Connection.h"
#include "Icons.h"
#include "OverviewFigures.h"
#include "OverviewTile.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

using Overview::Tile;

namespace {

constexpr int tileWidth = 280; // a tile's narrowest; the grid has as many columns as fit
constexpr int spacing = 10;

} // namespace

OverviewPane::OverviewPane(Connection *connection, QWidget *parent)
    : AreaPane(parent),
      m_figures(new OverviewFigures(connection->client(), connection->orgId(), this)),
      m_grid(new QGridLayout), m_status(new QLabel(this))
{
    m_figures->setKeyLabel(connection->keyLabel());

    auto *heading = new QLabel(tr("How the organization stands. Pick a tile to see what it "
                                  "counts."),
                               this);
    m_status->setObjectName(QStringLiteral("overviewStatus"));
    auto *reload = new QToolButton(this);
    reload->setObjectName(QStringLiteral("overviewRefresh"));
    reload->setIcon(Icons::action(Icons::Action::Refresh));
    reload->setText(tr("Refresh"));
    reload->setToolTip(tr("Load every figure again (F5)"));
    reload->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    reload->setAutoRaise(true);
    connect(reload, &QToolButton::clicked, this, &OverviewPane::refresh);
    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 4, 0);
    toolbar->addWidget(heading);
    toolbar->addStretch(1);
    toolbar->addWidget(m_status);
    toolbar->addWidget(reload);

    auto *canvas = new QWidget;
    canvas->setObjectName(QStringLiteral("overviewTiles"));
    auto *canvasLayout = new QVBoxLayout(canvas);
    canvasLayout->setContentsMargins(0, 4, 10, 10);
    m_grid->setSpacing(spacing);
    canvasLayout->addLayout(m_grid);
    canvasLayout->addStretch(1);
    for (Tile tile : Overview::tiles()) {
        auto *widget = new OverviewTile(tile, canvas);
        m_tiles.insert(tile, widget);
        connect(widget, &OverviewTile::activated, this,
                [this](Tile which) { Q_EMIT openRequested(linkOf(which)); });
    }
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidget(canvas);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(toolbar);
    layout->addWidget(scroll, 1);

    connect(m_figures, &OverviewFigures::figureChanged, this,
            [this](Tile tile) { m_tiles.value(tile)->setFigure(m_figures->figure(tile)); });
    connect(m_figures, &OverviewFigures::finished, this, [this] {
        m_status->setText(
            tr("Loaded at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        this->layout()->activate(); // the status's new width, before anyone looks (a screenshot)
        Q_EMIT ready();
    });
    reflow();
    refresh();
}

OverviewPane::~OverviewPane() = default;

void OverviewPane::refresh()
{
    m_status->setText(tr("Loading\u2026"));
    m_figures->load();
}

AreaLink OverviewPane::linkOf(Tile tile) const
{
    const OverviewFigure figure = m_figures->figure(tile);
    UserFilter people;
    switch (tile) {
    case Tile::People:
    case Tile::Directories:
        return AreaLink::usersFiltered(people); // every person, no filter
    case Tile::TwoStepOff:
        people.mfaOff = true;
        people.claimStatus = QStringLiteral("managed");
        return AreaLink::usersFiltered(people);
    case Tile::InactivePeople:
        people.inactiveDays = Overview::inactiveDays;
        return AreaLink::usersFiltered(people);
    case Tile::Groups:
        return AreaLink::to(QStringLiteral("groups"));
    case Tile::Domains:
        return AreaLink::filtered(QStringLiteral("domains"), QStringLiteral("needsAttention"));
    case Tile::ApiKeys:
        return AreaLink::filtered(QStringLiteral("apiKeys"), QStringLiteral("attention"));
    case Tile::OwnKey:
        return AreaLink::searched(QStringLiteral("apiKeys"), figure.itemId);
    case Tile::Tokens:
        return AreaLink::filtered(QStringLiteral("apiTokens"), QStringLiteral("atRisk"));
    case Tile::Policies:
        return AreaLink::filtered(QStringLiteral("policies"), figure.itemKind, figure.itemId);
    case Tile::AuditLog: {
        // The week and the notable actions (the area cannot narrow role grants to org admin:
        // it shows every role granted).
        AuditLogFilter week;
        week.period = AuditLogFilter::Period::Week;
        if (figure.timeMs > 0) {
            week.actions = figure.actions;
            week.actionNames = figure.actionNames;
        }
        return AreaLink::audit(week);
    }
    }
    return AreaLink::to(QStringLiteral("users"));
}

void OverviewPane::resizeEvent(QResizeEvent *event)
{
    AreaPane::resizeEvent(event);
    reflow();
}

// As many columns as tiles of the narrowest width fit; the tiles keep their order.
void OverviewPane::reflow()
{
    const int columns = qBound(1, (width() - 8 + spacing) / (tileWidth + spacing), 4);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (OverviewTile *tile : std::as_const(m_tiles))
        m_grid->removeWidget(tile);
    int index = 0;
    for (Tile tile : Overview::tiles()) {
        m_grid->addWidget(m_tiles.value(tile), index / columns, index % columns);
        ++index;
    }
    for (int column = 0; column < 4; ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
}
