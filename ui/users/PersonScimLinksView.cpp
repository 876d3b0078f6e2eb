#include "PersonScimLinksView.h"

#include "ApiClient.h"
#include "AreaLink.h"
#include "Connection.h"
#include "ScimKeyring.h"
#include "ScimLink.h"
#include "ScimService.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

PersonScimLinksView::PersonScimLinksView(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout(this)), m_title(new QLabel(tr("SCIM links"), this)),
      m_state(new QLabel(this)), m_retry(new QPushButton(tr("Retry"), this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setColumnStretch(1, 1);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_state->setObjectName(QStringLiteral("scimLinksState"));
    m_state->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("scimLinksRetry"));
    m_retry->hide();
    m_grid->addWidget(m_title, 0, 0, 1, 3);
    m_grid->addWidget(m_state, 1, 0, 1, 3);
    m_grid->addWidget(m_retry, 2, 0, Qt::AlignLeft);
    connect(m_retry, &QPushButton::clicked, this, &PersonScimLinksView::request);
    m_delay.setSingleShot(true);
    m_delay.setInterval(150);
    connect(&m_delay, &QTimer::timeout, this, &PersonScimLinksView::request);
}

void PersonScimLinksView::clear()
{
    m_request.clear();
    m_delay.stop();
    m_accountId.clear();
    clearRows();
    showState(QString(), false);
}

void PersonScimLinksView::load(const QString &accountId)
{
    clear();
    m_accountId = accountId;
    showState(tr("Loading\u2026"), false);
    m_delay.start();
}

void PersonScimLinksView::request()
{
    if (!m_connection || m_accountId.isEmpty())
        return;
    clearRows();
    showState(tr("Loading\u2026"), false);
    ScimLinkService(m_connection->client(), m_connection->orgId())
        .linksOfAccount(
            m_accountId, m_request.renew(), [this](const ApiResult<QList<ScimLink>> &result) {
                if (result.ok())
                    showLinks(result.value);
                else
                    showState(
                        tr("Could not read the SCIM links. %1").arg(result.error.userMessage()),
                        true);
                Q_EMIT loaded();
            });
}

void PersonScimLinksView::showLinks(const QList<ScimLink> &links)
{
    if (links.isEmpty()) {
        showState(tr("No identity provider holds a SCIM record for this person."), false);
        return;
    }
    showState(QString(), false);
    const ScimKeyring *keys = m_connection->scimKeys();
    const QList<ScimDirectoryRef> directories =
        keys ? keys->directories() : QList<ScimDirectoryRef>();
    int row = 3;
    for (const ScimLink &link : links) {
        QString directory = link.directoryId;
        bool hasKey = false;
        for (const ScimDirectoryRef &known : directories) {
            if (known.directoryId == link.directoryId) {
                directory = known.label;
                hasKey = true;
            }
        }
        auto *name = new QLabel(directory, this);
        name->setToolTip(link.directoryId);
        auto *ids = new QLabel(tr("SCIM id %1").arg(link.scimUserId), this);
        ids->setObjectName(QStringLiteral("scimLink"));
        ids->setTextInteractionFlags(Qt::TextSelectableByMouse);
        ids->setWordWrap(true);
        auto *open = new QPushButton(tr("Open record"), this);
        open->setObjectName(QStringLiteral("scimLinkOpen"));
        open->setEnabled(hasKey);
        open->setToolTip(hasKey ? tr("Shows the record in Provisioning")
                                : tr("The profile has no SCIM key for this directory: add it in "
                                     "Provisioning to see the record"));
        const QString directoryId = link.directoryId;
        const QString scimUserId = link.scimUserId;
        connect(open, &QPushButton::clicked, this, [this, directoryId, scimUserId] {
            Q_EMIT openRequested(
                AreaLink::filtered(QStringLiteral("provisioning"), directoryId, scimUserId));
        });
        m_grid->addWidget(name, row, 0, Qt::AlignTop);
        m_grid->addWidget(ids, row, 1);
        m_grid->addWidget(open, row, 2, Qt::AlignTop);
        m_rows += {name, ids, open};
        if (hasKey)
            addExternalId(link, ids);
        ++row;
    }
}

// The external id is in the record only: read with the directory's own key, when it is there.
void PersonScimLinksView::addExternalId(const ScimLink &link, QLabel *label)
{
    QObject *context = m_request.context();
    m_connection->scimKeys()->loadKey(
        link.directoryId, context, [this, link, label, context](const CredentialResult &key) {
            if (!key.ok())
                return;
            ApiClient *client = ScimService::makeClient(m_connection->baseUrl(), link.directoryId,
                                                        key.secret, context);
            ScimService(client, link.directoryId)
                .user(link.scimUserId, context, [label, link](const ApiResult<ScimUser> &result) {
                    if (result.ok() && !result.value.externalId.isEmpty())
                        label->setText(tr("SCIM id %1 \u00b7 external id %2")
                                           .arg(link.scimUserId, result.value.externalId));
                });
        });
}

QString PersonScimLinksView::stateText() const
{
    return m_state->text();
}

QStringList PersonScimLinksView::linkTexts() const
{
    QStringList texts;
    for (int i = 0; i + 2 < m_rows.size(); i += 3) {
        texts.append(static_cast<QLabel *>(m_rows.at(i))->text() + QStringLiteral(" \u00b7 ") +
                     static_cast<QLabel *>(m_rows.at(i + 1))->text());
    }
    return texts;
}

void PersonScimLinksView::showState(const QString &text, bool retry)
{
    m_state->setText(text);
    m_state->setVisible(!text.isEmpty());
    m_retry->setVisible(retry);
}

void PersonScimLinksView::clearRows()
{
    qDeleteAll(m_rows);
    m_rows.clear();
}
