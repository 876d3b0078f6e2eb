#pragma once

#include "FormDialog.h"
#include "KeyExpiry.h"
#include "KeyProbe.h"
#include "Profile.h"

#include <QPointer>

class ApiClient;
class ProfileManager;
class QLineEdit;
class QToolButton;

// Adds a profile ("Connect to an organization"), or edits one: rename it, rotate its key, fix its
// expiry date. Checks the fields' form, tests the key with read-only calls before saving, says in
// words what failed, and saves the key in the keychain; when no keychain answers, offers to use
// the key for this session only. Never writes the key anywhere else.
class ConnectDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(ProfileManager *profiles, QWidget *parent = nullptr);

    // Edit mode: the fields start from `profile`; an empty key field keeps the current key.
    void editProfile(const Profile &profile);
    bool isEditing() const { return !m_editedId.isEmpty(); }
    void setClock(KeyExpiry::Clock clock) { m_clock = std::move(clock); }

    // The profile as saved, once the dialog has been accepted.
    Profile savedProfile() const { return m_saved; }
    bool savedForSessionOnly() const { return m_sessionOnly; }
    KeyVerdict lastVerdict() const { return m_verdict; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *orgIdEdit() const { return m_orgId; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *labelEdit() const { return m_label; }
    QLineEdit *expiryEdit() const { return m_expiry; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }

Q_SIGNALS:
    void profileSaved(const QString &profileId);

protected:
    QString validate() override;
    void apply() override;

private:
    QWidget *makeExpiryField();
    Profile profileFromFields() const;
    void testKey(const Profile &profile, const QString &key);
    void onVerdict(Profile profile, const QString &key, const KeyVerdict &verdict);
    void save(const Profile &profile, const QString &key);
    void saveForSessionOnly();

    ProfileManager *m_profiles;
    KeyExpiry::Clock m_clock = KeyExpiry::systemClock();
    QLineEdit *m_name;
    QLineEdit *m_orgId;
    QLineEdit *m_key;
    QLineEdit *m_label;
    QLineEdit *m_expiry;
    QToolButton *m_calendar = nullptr;
    QLineEdit *m_baseUrl;
    QString m_editedId;
    Profile m_original;
    QPointer<ApiClient> m_testClient;
    KeyVerdict m_verdict;
    // Waiting for the user's "session only" choice after the keychain refused.
    Profile m_pendingProfile;
    QString m_pendingKey;
    Profile m_saved;
    bool m_sessionOnly = false;
};
