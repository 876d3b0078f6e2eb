#include "ProfileSwitcher.h"

#include "ProfileManager.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QToolButton>

ProfileSwitcher::ProfileSwitcher(ProfileManager *profiles, QWidget *parent)
    : QWidget(parent), m_profiles(profiles), m_list(new QListWidget(this)),
      m_add(new QToolButton(this)), m_manage(new QToolButton(this))
{
    setObjectName(QStringLiteral("profileSwitcher"));
    auto *title = new QLabel(tr("Organizations"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_add->setObjectName(QStringLiteral("addProfile"));
    m_add->setText(QStringLiteral("+"));
    m_add->setToolTip(tr("Connect to another organization"));
    m_add->setAutoRaise(true);
    m_manage->setObjectName(QStringLiteral("manageProfiles"));
    m_manage->setText(tr("Manage"));
    m_manage->setToolTip(tr("Edit, test, rotate keys and remove profiles"));
    m_manage->setAutoRaise(true);
    connect(m_add, &QToolButton::clicked, this, &ProfileSwitcher::addRequested);
    connect(m_manage, &QToolButton::clicked, this, &ProfileSwitcher::manageRequested);

    m_list->setObjectName(QStringLiteral("profileSwitcherList"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setBackgroundRole(QPalette::Window);
    m_list->viewport()->setAutoFillBackground(false);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (id != m_current)
            Q_EMIT profilePicked(id);
    });

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 0, 0, 0);
    header->addWidget(title, 1);
    header->addWidget(m_manage);
    header->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_list);

    connect(m_profiles, &ProfileManager::profilesChanged, this, &ProfileSwitcher::reload);
    reload();
}

void ProfileSwitcher::reload()
{
    m_list->clear();
    for (const Profile &profile : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(Qt::UserRole, profile.id);
        item->setToolTip(profile.isSandbox() ? tr("The local sandbox: made-up people")
                                             : tr("Organization %1").arg(profile.orgId));
        item->setIcon(style()->standardIcon(profile.isSandbox() ? QStyle::SP_DriveNetIcon
                                                                : QStyle::SP_ComputerIcon));
    }
    // As tall as its rows, up to six; a scroll bar beyond.
    const int rows = qBound(1, m_list->count(), 6);
    m_list->setFixedHeight(rows * (m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : 22) +
                           4);
    setCurrentProfile(m_current);
}

void ProfileSwitcher::setCurrentProfile(const QString &profileId)
{
    m_current = profileId;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool current = item->data(Qt::UserRole).toString() == profileId;
        QFont font = item->font();
        font.setBold(current);
        item->setFont(font);
        if (current)
            m_list->setCurrentItem(item);
    }
}

QStringList ProfileSwitcher::profileNames() const
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row)
        names << m_list->item(row)->text();
    return names;
}
