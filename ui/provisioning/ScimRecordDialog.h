#pragma once

#include "FormDialog.h"
#include "ScimUser.h"

class QLineEdit;
class ScimService;

// Creates a SCIM user record (an out-of-band fix: a record as the identity provider would push
// it, linked to the managed account that holds its e-mail), or edits one's attributes. The
// directory's refusal (a record or account that already holds the e-mail: 409) is said in place.
class ScimRecordDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit ScimRecordDialog(ScimService *scim, QWidget *parent = nullptr);

    // Edit mode: the fields start from the record; only what changed is sent (PATCH replace).
    void editRecord(const ScimUser &record);
    bool isEditing() const { return !m_original.id.isEmpty(); }

    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *userNameEdit() const { return m_userName; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *externalIdEdit() const { return m_externalId; }

Q_SIGNALS:
    void recordSaved(const ScimUser &record);

protected:
    QString validate() override;
    void apply() override;

private:
    QJsonArray changedAttributes() const;

    ScimService *m_scim;
    ScimUser m_original;
    QLineEdit *m_email;
    QLineEdit *m_userName;
    QLineEdit *m_displayName;
    QLineEdit *m_externalId;
};
