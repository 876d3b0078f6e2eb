#include "ActivityList.h"

#include "AreaLink.h"
#include "AuditArchive.h"
#include "OrgDatabase.h"
#include "PaletteWatcher.h"

#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QTreeWidget>
#include <QVBoxLayout>

ActivityList::ActivityList(QWidget *parent)
    : QWidget(parent), m_message(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_showAll(new QLabel(this))
{
    auto *title = new QLabel(tr("Activity"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_message->setObjectName(QStringLiteral("activityMessage"));
    m_message->setWordWrap(true);
    m_message->setEnabled(false);

    m_list->setObjectName(QStringLiteral("activityRows"));
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Latest audit log events"));
    m_list->setToolTip(tr("Double-click an event to see it in the Audit log"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openAll(item->data(0, Qt::UserRole).toString()); });

    m_showAll->setObjectName(QStringLiteral("activityShowAll"));
    m_showAll->setTextFormat(Qt::RichText);
    m_showAll->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_showAll, &QLabel::linkActivated, this, [this] { openAll(); });
    // The link's colour is set in its markup: set again with a new theme.
    PaletteWatcher::follow(m_showAll, [this] { updateShowAll(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addWidget(m_list);
    layout->addWidget(m_showAll);
    clear();
}

ActivityList::~ActivityList()
{
    m_archive.reset(); // before its connection
    m_database.reset();
}

void ActivityList::setOrg(const QString &orgId, const QString &databaseFolder)
{
    m_archive.reset();
    m_database.reset();
    m_orgId = orgId;
    m_folder = databaseFolder;
}

bool ActivityList::openArchive()
{
    if (m_archive)
        return m_archive->isOpen();
    // Never creates a database just to say there is none.
    if (m_orgId.isEmpty() || !QFile::exists(OrgDatabase::filePathFor(m_orgId, m_folder)))
        return false;
    m_database = std::make_unique<OrgDatabase>(m_orgId, m_folder);
    if (!m_database->isOpen()) {
        m_database.reset();
        return false;
    }
    m_archive = std::make_unique<AuditArchive>(m_database->database());
    return m_archive->isOpen();
}

void ActivityList::clear()
{
    m_id.clear();
    m_name.clear();
    m_list->clear();
    hide(); // nothing picked: not even the title
}

void ActivityList::load(const QString &id, const QString &name)
{
    m_id = id;
    m_name = name;
    reload();
}

void ActivityList::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_id.isEmpty() && !m_reloading)
        reload(); // the Audit log's sync may have brought more since
}

void ActivityList::reload()
{
    m_list->clear();
    if (m_id.isEmpty())
        return;
    const QScopedValueRollback<bool> reloading(m_reloading, true);
    show();
    if (!openArchive() || (m_archive->lastSyncedMs() == 0 && m_archive->span().events == 0)) {
        m_message->setText(tr("No audit log archived yet: open the Audit log to sync it."));
        m_message->show();
        m_list->hide();
        m_showAll->hide();
        return;
    }
    m_names = AuditActionNames(m_archive->actions());
    AuditFilter filter;
    filter.involving = m_id;
    const QList<AuditEvent> events = m_archive->events(filter, shown + 1);
    for (int i = 0; i < events.size() && i < shown; ++i) {
        const AuditEvent &event = events.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, AuditText::time(event.timeMs));
        item->setText(1, rowText(event));
        item->setToolTip(1, rowText(event));
        item->setData(0, Qt::UserRole, event.id);
    }
    const bool any = !events.isEmpty();
    m_message->setVisible(!any);
    m_message->setText(tr("No archived audit log events involve them."));
    m_list->setVisible(any);
    m_showAll->setVisible(any);
    if (any) {
        // As tall as its rows, up to a screenful of them.
        const int rows = int(qMin<qsizetype>(events.size(), 8));
        m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 2);
        const QString more =
            events.size() > shown ? tr("Show all in the Audit log") : tr("Show in the Audit log");
        m_showAll->setText(QStringLiteral("<a href=\"audit\">%1</a>").arg(more.toHtmlEscaped()));
    }
}

void ActivityList::updateShowAll()
{
    const QString text = m_all ? tr("Show all in the Audit log") : tr("Show in the Audit log");
    m_showAll->setText(
        QStringLiteral("<a href=\"audit\" style=\"color: %1\">%2</a>")
            .arg(QGuiApplication::palette().color(QPalette::Link).name(), text.toHtmlEscaped()));
}

QString ActivityList::rowText(const AuditEvent &event) const
{
    const QString action = m_names.name(event.action);
    if (event.actorId == m_id) {
        const QString targets = AuditText::items(event.context, 1);
        return targets.isEmpty() ? action : tr("%1: %2").arg(action, targets);
    }
    return tr("%1, by %2").arg(action, AuditText::actor(event));
}

void ActivityList::openAll(const QString &eventId)
{
    AuditLogFilter filter;
    filter.involving = m_id;
    filter.involvingName = m_name;
    AreaLink link = AreaLink::audit(filter);
    link.itemId = eventId;
    Q_EMIT openRequested(link);
}

QStringList ActivityList::rowTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        texts.append(m_list->topLevelItem(i)->text(1));
    return texts;
}

QString ActivityList::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}
