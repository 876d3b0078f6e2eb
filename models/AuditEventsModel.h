#pragma once

#include "AuditArchive.h"
#include "AuditFilter.h"
#include "AuditText.h"
#include "RowListModel.h"

// The Audit log area's table: the archived events that pass a filter, newest first, read from
// the archive a page at a time as the table scrolls (keyset pages, so a million events never
// sit in memory: only the rows scrolled so far). The count comes from the archive too, after
// the first page, on a worker thread when the model knows where the archive is. Actions show by the
// catalogue's display name.
class AuditEventsModel : public RowListModel<AuditEvent>
{
    Q_OBJECT

public:
    enum Column { Time, Action, Actor, Target, Where, Ip, Place, ColumnCount };
    Q_ENUM(Column)

    static constexpr int pageSize = 200;

    // The archive stays the caller's and must outlive the model; nullptr: nothing to show.
    explicit AuditEventsModel(const AuditArchive *archive, QObject *parent = nullptr);

    void setArchive(const AuditArchive *archive) { m_archive = archive; }
    // The archive's organization and folder: the count then runs on a worker thread with its
    // own connection (a count over a million events takes a moment). Unset: on this thread.
    void setCountSource(const QString &orgId, const QString &databaseFolder);
    const AuditArchive *archive() const { return m_archive; }
    // The query for the next reload().
    void setFilter(const AuditFilter &filter) { m_filter = filter; }
    const AuditFilter &filter() const { return m_filter; }
    void setActionNames(const AuditActionNames &names);
    const AuditActionNames &actionNames() const { return m_names; }

    AuditEvent eventAt(int row) const { return rowAt(row); }
    int rowOf(const QString &eventId) const; // among the loaded rows; -1: not loaded

    // A cell's text as the table shows it; a column's title.
    static QString cellText(const AuditEvent &event, int column, const AuditActionNames &names);
    static QString columnTitle(int column);

    bool isServerSorted(int column) const override { return column == Time; }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The archive could not be read (a damaged file, a full disk): in words.
    void readFailed(const QString &message);

protected:
    bool isLocalList() const override { return true; }
    void fetchLocalPage() override;
    ApiReply *requestCount(QObject *context, ApiCallback<int> callback) override;
    QVariant display(const AuditEvent &event, int column) const override;
    QVariant raw(const AuditEvent &event, int column) const override;
    QVariant tooltip(const AuditEvent &event, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    const AuditArchive *m_archive;
    AuditFilter m_filter;
    AuditActionNames m_names;
    QString m_orgId;
    QString m_folder;
};
