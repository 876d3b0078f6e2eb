#pragma once

#include "DirectoryUser.h"
#include "FormDialog.h"
#include "ManageService.h"

#include <QHash>

class ApiClient;
class QLineEdit;

// Edits one managed account's profile through User management: name, nickname, job title,
// department, organization, location, time zone. Loads the profile and the privileges first;
// fields the key may not change (an identity provider owns them, say) stay read-only with the
// reason. Only changed fields are sent; the API's refusal shows in place.
class EditProfileDialog : public FormDialog
{
    Q_OBJECT

public:
    EditProfileDialog(ApiClient *client, const DirectoryUser &person, QWidget *parent = nullptr);

    // "name", "nickname", "zoneinfo", "extended_profile.job_title"...: the field's editor.
    QLineEdit *field(const QString &path) const { return m_fields.value(path); }
    bool isLoaded() const { return m_loaded; }
    // What a successful save sent.
    const ProfileChange &lastChange() const { return m_change; }

Q_SIGNALS:
    void loaded();

protected:
    QString validate() override;
    void apply() override;

private:
    void addField(const QString &path, const QString &label, int maxLength = 0);
    void load();
    void fill(const ManagedProfile &profile);
    void restrict(const ManagePrivileges &privileges);
    ProfileChange changes() const;

    ManageService m_service;
    QString m_accountId;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QString> m_original;
    ProfileChange m_change;
    bool m_loaded = false;
    int m_pendingLoads = 0;
};
