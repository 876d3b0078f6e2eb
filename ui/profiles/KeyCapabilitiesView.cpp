#include "KeyCapabilitiesView.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

KeyCapabilitiesView::KeyCapabilitiesView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("keyCapabilities"));
    m_summary->setObjectName(QStringLiteral("keyCapabilitiesSummary"));
    m_summary->setWordWrap(true);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Area"), tr("Access"), tr("Why, and what to do")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumHeight(260);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
}

QString KeyCapabilitiesView::statusText(AreaAccess::Status status)
{
    switch (status) {
    case AreaAccess::Status::Reachable:
        return tr("Reachable");
    case AreaAccess::Status::Refused:
        return tr("Not with this key");
    case AreaAccess::Status::NotOffered:
        return tr("Not offered");
    case AreaAccess::Status::Unknown:
        return tr("Not checked");
    }
    return QString();
}

QString KeyCapabilitiesView::summaryFor(const KeyCapabilities &capabilities)
{
    const int refused = capabilities.refusedCount();
    if (refused == 0)
        return tr("This key reaches every area that was checked.");
    const bool userManagement =
        capabilities.access(KeyArea::UserManagement).status == AreaAccess::Status::Refused;
    const QString outOfReach = refused == 1 ? tr("one area is out of its reach")
                                            : tr("%1 areas are out of its reach").arg(refused);
    if (userManagement)
        return tr("This key has scopes: %1, including User management, which accepts only keys "
                  "without scopes. Changes to people, groups and roles need a key without scopes "
                  "too.")
            .arg(outOfReach);
    return tr("This key has scopes: %1.").arg(outOfReach);
}

void KeyCapabilitiesView::showProbing()
{
    m_capabilities = {};
    m_list->clear();
    m_summary->setText(tr("Checking which areas this key reaches, with read-only calls\u2026"));
}

void KeyCapabilitiesView::setCapabilities(const KeyCapabilities &capabilities)
{
    m_capabilities = capabilities;
    m_summary->setText(summaryFor(capabilities));
    m_list->clear();
    for (const AreaAccess &access : capabilities.areas) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, KeyProbe::areaName(access.area));
        item->setText(1, statusText(access.status));
        QString why = access.reason;
        if (!access.remedy.isEmpty())
            why += u' ' + access.remedy;
        item->setText(2, why);
        item->setToolTip(2, why);
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        if (access.status == AreaAccess::Status::Refused)
            icon = QStyle::SP_DialogCancelButton;
        else if (access.status != AreaAccess::Status::Reachable)
            icon = QStyle::SP_MessageBoxQuestion;
        item->setIcon(1, style()->standardIcon(icon));
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
}

QString KeyCapabilitiesView::summary() const
{
    return m_summary->text();
}
