#pragma once

#include "DirectoryUser.h"
#include "FormDialog.h"
#include "ManageService.h"

class QLineEdit;

// Changes one managed account's e-mail address through User management. The address must be
// on a domain the organization has verified; the new address counts as verified at once and
// the person is logged out everywhere, which the dialog says before saving.
class EmailDialog : public FormDialog
{
    Q_OBJECT

public:
    EmailDialog(ApiClient *client, const DirectoryUser &person, QWidget *parent = nullptr);

    QLineEdit *emailEdit() const { return m_email; }

protected:
    QString validate() override;
    void apply() override;

private:
    ManageService m_service;
    QString m_accountId;
    QString m_current;
    QLineEdit *m_email;
};
