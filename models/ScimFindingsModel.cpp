#include "ScimFindingsModel.h"

#include "ApiClient.h"
#include "ScimKeyring.h"
#include "ScimLinkCheckRunner.h"
#include "ScimService.h"

#include <QTimer>

ScimFindingsModel::ScimFindingsModel(ApiClient *orgClient, const QString &orgId,
                                     const QUrl &baseUrl, ScimKeyring *keys, QObject *parent)
    : RowListModel(ColumnCount, parent), m_orgClient(orgClient), m_orgId(orgId), m_baseUrl(baseUrl),
      m_keys(keys)
{}

void ScimFindingsModel::run()
{
    m_armed = true;
    reload();
}

void ScimFindingsModel::clearRows()
{
    RowListModel::clearRows();
    m_report = ScimLinkReport();
}

void ScimFindingsModel::requestWholeList(QObject *context)
{
    if (!m_armed) { // not run yet: an empty list, and the view says how to start
        QTimer::singleShot(0, context, [this] { addPage({}, false); });
        return;
    }
    QStringList directoryIds;
    if (m_keys) {
        for (const ScimDirectoryRef &directory : m_keys->directories())
            directoryIds.append(directory.directoryId);
    }
    if (directoryIds.isEmpty()) {
        listFailed(ApiError::local(tr("The profile has no SCIM directory key: add one to check "
                                      "its directory.")));
        return;
    }
    loadKeys(context, directoryIds, {});
}

// The keys are read one after the other, each when needed, and never kept past the check.
void ScimFindingsModel::loadKeys(QObject *context, QStringList directoryIds,
                                 QList<QPair<QString, QString>> keys)
{
    if (directoryIds.isEmpty()) {
        startRunner(context, keys);
        return;
    }
    const QString directoryId = directoryIds.takeFirst();
    m_keys->loadKey(directoryId, context,
                    [this, context, directoryId, directoryIds, keys](const CredentialResult &key) {
                        if (!key.ok()) {
                            listFailed(ApiError::local(
                                key.isUnavailable()
                                    ? key.message
                                    : tr("There is no SCIM key on record for the directory %1.")
                                          .arg(directoryId)));
                            return;
                        }
                        QList<QPair<QString, QString>> more = keys;
                        more.append({directoryId, key.secret});
                        loadKeys(context, directoryIds, more);
                    });
}

void ScimFindingsModel::startRunner(QObject *context, const QList<QPair<QString, QString>> &keys)
{
    QList<ScimLinkCheckRunner::Source> sources;
    const QList<ScimDirectoryRef> directories = m_keys->directories();
    for (const auto &[directoryId, key] : keys) {
        ScimLinkCheckRunner::Source source;
        source.directoryId = directoryId;
        for (const ScimDirectoryRef &directory : directories) {
            if (directory.directoryId == directoryId && directory.label != directoryId)
                source.name = directory.label;
        }
        // Children of the query's context: gone with it when the check is run again.
        source.scimClient = ScimService::makeClient(m_baseUrl, directoryId, key, context);
        sources.append(source);
    }
    auto *runner = new ScimLinkCheckRunner(m_orgClient, m_orgId, sources, context);
    connect(runner, &ScimLinkCheckRunner::progress, this, &ScimFindingsModel::progress);
    connect(runner, &ScimLinkCheckRunner::failed, this, &ScimFindingsModel::listFailed);
    connect(runner, &ScimLinkCheckRunner::finished, this, [this](const ScimLinkReport &report) {
        m_report = report;
        m_finishedAt = currentTime();
        addPage(report.findings, false);
    });
    runner->start();
}

QVariant ScimFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowListModel::headerData(section, orientation, role);
    switch (section) {
    case Problem:
        return tr("Problem");
    case Directory:
        return tr("Directory");
    case Record:
        return tr("Record");
    case Account:
        return tr("Account");
    case Reason:
        return tr("Why");
    case Repair:
        return tr("Repair");
    default:
        return QVariant();
    }
}

QVariant ScimFindingsModel::display(const ScimLinkFinding &finding, int column) const
{
    switch (column) {
    case Problem:
        return ScimLinkFinding::kindTitle(finding.kind);
    case Directory:
        return finding.directoryName.isEmpty() ? finding.directoryId : finding.directoryName;
    case Record:
        return finding.userName.isEmpty() ? finding.scimUserId : finding.userName;
    case Account:
        return finding.accountEmail.isEmpty() ? finding.accountId : finding.accountEmail;
    case Reason:
        return finding.reason;
    case Repair:
        return ScimLinkFinding::repairText(finding.repair);
    default:
        return QVariant();
    }
}

QVariant ScimFindingsModel::raw(const ScimLinkFinding &finding, int column) const
{
    if (column == Problem)
        return ScimLinkFinding::kindKey(finding.kind);
    if (column == Repair)
        return ScimLinkFinding::repairKey(finding.repair);
    return display(finding, column);
}

QVariant ScimFindingsModel::tooltip(const ScimLinkFinding &finding, int column) const
{
    if (column == Reason || column == Repair)
        return display(finding, column);
    return QVariant();
}

QVariant ScimFindingsModel::extraData(int row, int, int role) const
{
    if (role == IdRole) {
        const ScimLinkFinding &finding = rows().at(row);
        return ScimLinkFinding::kindKey(finding.kind) + u'/' + finding.scimUserId + u'/' +
               finding.accountId;
    }
    return QVariant();
}
