#pragma once

#include "FormDialog.h"
#include "ScimKeyring.h"

#include <QPointer>
#include <QUrl>

class ProfileManager;
class QComboBox;
class QLabel;
class QLineEdit;
class ScimKeyTest;

// Adds a SCIM directory's key to a profile, or replaces one: the directory (its id, or the SCIM
// base URL it is part of), a name for it, and the key. The key is tested against the directory
// before it is saved in the keychain; a key that does not open the directory is refused in words.
// For the sandbox, the sandbox's own directories and keys can be filled in with one pick.
class ScimKeyDialog : public FormDialog
{
    Q_OBJECT

public:
    ScimKeyDialog(ProfileManager *profiles, const QString &profileId, const QUrl &baseUrl,
                  QWidget *parent = nullptr);

    // Replace mode: the directory is fixed, its name and a new key are asked for.
    void replaceKeyOf(const QString &directoryId);
    void setSandboxKeys(const QList<ScimDirectoryKeyHint> &keys);
    // The key is kept in memory for this session, not in the keychain (no profile to keep it).
    void setSessionOnly(bool sessionOnly);

    QLineEdit *directoryEdit() const { return m_directory; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *keyEdit() const { return m_key; }
    QComboBox *sandboxPicker() const { return m_sandbox; }

    // "…/scim/directory/<id>[/…]" or a bare id, as the directory id; empty when neither.
    static QString directoryIdFrom(const QString &text);

Q_SIGNALS:
    void keySaved(const QString &directoryId);

protected:
    QString validate() override;
    void apply() override;

private:
    void save(const QString &directoryId, const QString &key);

    ProfileManager *m_profiles;
    QString m_profileId;
    QUrl m_baseUrl;
    QComboBox *m_sandbox;
    QLineEdit *m_directory;
    QLineEdit *m_name;
    QLineEdit *m_key;
    QList<ScimDirectoryKeyHint> m_sandboxKeys;
    QLabel *m_intro;
    QPointer<ScimKeyTest> m_test;
};
