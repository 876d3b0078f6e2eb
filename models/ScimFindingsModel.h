#pragma once

#include "RowListModel.h"
#include "ScimLinkCheck.h"

#include <QDateTime>
#include <QUrl>

class ApiClient;
class ScimKeyring;

// The link check's findings, one row each: it reads every SCIM directory the profile has a key
// for and every account of the organization, then compares them (ScimLinkCheckRunner). Nothing
// runs until run() is called: the check lists whole directories, so a person starts it.
class ScimFindingsModel : public RowListModel<ScimLinkFinding>
{
    Q_OBJECT

public:
    enum Column { Problem, Directory, Record, Account, Reason, Repair, ColumnCount };
    Q_ENUM(Column)

    // Nothing is owned. `baseUrl` is where the SCIM directories are (the organization's API).
    ScimFindingsModel(ApiClient *orgClient, const QString &orgId, const QUrl &baseUrl,
                      ScimKeyring *keys, QObject *parent = nullptr);

    void run();
    bool hasRun() const { return m_armed; }
    ScimLinkFinding findingAt(int row) const { return rowAt(row); }
    const ScimLinkReport &report() const { return m_report; }
    QDateTime finishedAt() const { return m_finishedAt; }

    bool isServerSorted(int) const override { return false; }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // While the check reads: records and accounts read so far.
    void progress(int records, int accounts);

protected:
    void requestWholeList(QObject *context) override;
    void clearRows() override;
    QVariant display(const ScimLinkFinding &finding, int column) const override;
    QVariant raw(const ScimLinkFinding &finding, int column) const override;
    QVariant tooltip(const ScimLinkFinding &finding, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    void loadKeys(QObject *context, QStringList directoryIds, QList<QPair<QString, QString>> keys);
    void startRunner(QObject *context, const QList<QPair<QString, QString>> &keys);

    ApiClient *m_orgClient;
    QString m_orgId;
    QUrl m_baseUrl;
    ScimKeyring *m_keys;
    bool m_armed = false;
    ScimLinkReport m_report;
    QDateTime m_finishedAt;
};
