#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Asks which authentication policy to add people to. No route lists them, so the policy is
// named by its id, copied from Atlassian Administration.
class AuthPolicyIdDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuthPolicyIdDialog(const QString &policyId, QWidget *parent = nullptr);

    QString policyId() const;
    QLineEdit *idField() const { return m_id; }
    QPushButton *addButton() const { return m_add; }

private:
    QLineEdit *m_id;
    QPushButton *m_add;
};
