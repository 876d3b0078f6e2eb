#pragma once

#include "DirectoryUser.h"
#include "RowListModel.h"
#include "ScimQuery.h"
#include "ScimUser.h"

#include <QHash>
#include <QPointer>
#include <QSet>

class PeopleResolver;
class ScimUserPager;
class ScimService;
class UserService;

// A SCIM directory's user records, a page at a time as the API pages them, each with the
// Atlassian account it is linked to: that account's name and status are looked up in the
// organization's directory as the pages come in (ten ids a call, the search's limit).
class ScimUsersModel : public RowListModel<ScimUser>
{
    Q_OBJECT

public:
    enum Column {
        UserName,
        DisplayName,
        Email,
        Active,
        ExternalId,
        Account,
        AccountStatus,
        Groups,
        LastModified,
        ColumnCount
    };
    Q_ENUM(Column)

    // Neither service is owned; `scim` may change with setService() when another directory is
    // picked.
    ScimUsersModel(const UserService *users, QObject *parent = nullptr);
    ~ScimUsersModel() override;

    void setService(const ScimService *scim);
    void setQuery(const ScimQuery &query);
    ScimQuery query() const { return m_query; }

    ScimUser recordAt(int row) const { return rowAt(row); }
    // How many records match, as the directory's last page said (totalResults); -1: not known.
    int matchingCount() const;
    // The linked account when it was found; std::nullopt while looking or when not found.
    std::optional<DirectoryUser> accountOf(const ScimUser &record) const;
    // Whether the lookup of the record's account is done and found nothing.
    bool isAccountMissing(const ScimUser &record) const;
    // Replaces a record that changed (after an action), matched by id.
    void updateRecord(const ScimUser &record);
    // Takes out records that are gone (deleted).
    void removeRecords(const QStringList &ids);

    bool isServerSorted(int) const override { return false; }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Pager *createPager(QObject *parent) override;
    void clearRows() override;
    QVariant display(const ScimUser &record, int column) const override;
    QVariant raw(const ScimUser &record, int column) const override;
    QVariant tooltip(const ScimUser &record, int column) const override;
    QVariant foreground(const ScimUser &record, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    void onPage(const QList<ScimUser> &records, bool hasMore);
    void lookUpNextAccounts();
    void onAccountsFound();

    const UserService *m_users;
    const ScimService *m_scim = nullptr;
    ScimQuery m_query;
    QHash<QString, DirectoryUser> m_accounts; // by account id
    QSet<QString> m_missing;                  // looked up, not found
    QStringList m_toLookUp;
    QStringList m_lookingUp;
    QPointer<PeopleResolver> m_resolver;
    QPointer<ScimUserPager> m_pager;
};
