#pragma once

#include "ListAreaPane.h"

class Connection;
class FieldListPane;
class JobLauncher;
class QComboBox;
class QPlainTextEdit;
class QPushButton;
class ScimService;
class ScimUsersModel;

// The Users tab of Provisioning: a SCIM directory's records as the API pages them, searched by
// exact userName or externalId (the only filters SCIM allows); the picked record whole, with its
// raw JSON; deactivating, activating or deleting records (as a job, a result per record, asked
// first), creating a record and editing one's attributes.
class ScimUsersView : public ListAreaPane
{
    Q_OBJECT

public:
    explicit ScimUsersView(Connection *connection, QWidget *parent = nullptr);
    ~ScimUsersView() override;

    // The directory whose records are shown (nullptr: none); reloads.
    void setService(ScimService *scim);

    ScimUsersModel *model() const { return m_model; }
    QComboBox *searchAttribute() const { return m_attribute; }
    FieldListPane *detailPane() const { return m_detail; }
    QPlainTextEdit *rawJson() const { return m_raw; }
    QPushButton *deactivateButton() const { return m_deactivate; }
    QPushButton *activateButton() const { return m_activate; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *editButton() const { return m_edit; }
    JobLauncher *jobLauncher() const { return m_launcher; }

    // Searches for the record with this exact user name.
    void showUserName(const QString &userName);
    void runOnSelected(const QString &operationKey);
    void createRecord();
    void editSelected();

protected:
    void applyFilters() override;
    void showDetails(int sourceRow) override;
    void updateActions() override;
    QString amount(int count) const override;
    QString countText() const override;

private:
    QWidget *createDetail();
    QString question(const QString &operationKey, int count) const;

    Connection *m_connection;
    ScimService *m_scim = nullptr;
    ScimUsersModel *m_model;
    QComboBox *m_attribute;
    FieldListPane *m_detail = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QPushButton *m_deactivate;
    QPushButton *m_activate;
    QPushButton *m_delete;
    QPushButton *m_create;
    QPushButton *m_edit;
    JobLauncher *m_launcher;
};
