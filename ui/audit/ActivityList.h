#pragma once

#include "AuditText.h"

#include <QWidget>

#include <memory>

struct AreaLink;
class AuditArchive;
class OrgDatabase;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

// "Activity" in a person's or a group's details: the archived audit events where they acted or
// were acted on, newest first (the latest few), and a link to all of them in the Audit log.
// Reads the organization's archive on this computer only; with none yet it says so in a line.
class ActivityList : public QWidget
{
    Q_OBJECT

public:
    static constexpr int shown = 20;

    explicit ActivityList(QWidget *parent = nullptr);
    ~ActivityList() override;

    // The organization whose archive to read; `databaseFolder` empty: OrgDatabase's default.
    void setOrg(const QString &orgId, const QString &databaseFolder = QString());
    // Lists the events involving this id (a person's account id, a group's id); `name` for the
    // link's filter chip.
    void load(const QString &id, const QString &name);
    // Reads the archive again for the same id (after a sync).
    void reload();
    void clear();

    // What it shows (tests, accessibility): the rows' texts, or the line in their place.
    QStringList rowTexts() const;
    QString messageText() const;

Q_SIGNALS:
    void openRequested(const AreaLink &link);

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool openArchive();
    QString rowText(const AuditEvent &event) const;
    void openAll(const QString &eventId = QString());
    void updateShowAll();

    QString m_orgId;
    QString m_folder;
    QString m_id;
    QString m_name;
    std::unique_ptr<OrgDatabase> m_database;
    std::unique_ptr<AuditArchive> m_archive;
    AuditActionNames m_names;
    QLabel *m_message;
    QTreeWidget *m_list;
    QLabel *m_showAll;
    bool m_reloading = false;
    bool m_all = false; // more than `shown` events
};
