#pragma once

#include "ListAreaPane.h"

#include <functional>
#include <memory>

class ApiError;
struct ConfirmRequest;
class ClassificationLevelDialog;
class ClassificationLevelsModel;
class ClassificationService;
class Connection;
class FieldListPane;
class QCheckBox;

// The Data classification area: the organization's classification levels (DLP API) in
// sensitivity order with their colour, status, definition and guideline; New level… and Edit…
// (a form), Publish (asks first), Archive (asks first: content classified with it becomes
// unclassified), Restore (back as a draft), Show archived; drag a level (or Alt+Up, Alt+Down)
// to change its sensitivity.
class ClassificationPane : public ListAreaPane
{
    Q_OBJECT

public:
    explicit ClassificationPane(Connection *connection, QWidget *parent = nullptr);
    ~ClassificationPane() override;

    void refresh() override; // keeps the picked level picked

    ClassificationLevelsModel *model() const { return m_model; }
    FieldListPane *detailPane() const { return m_detail; }
    // What went wrong with the last change (a refused order, publish, archive...).
    MessagePanel *problemBar() const { return m_problem; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *archiveButton() const { return m_archive; }
    QPushButton *restoreButton() const { return m_restore; }
    QCheckBox *showArchivedBox() const { return m_showArchived; }

    bool selectLevel(const QString &name);
    // Moves the picked level this many places (-1: one up, more sensitive) and saves the order.
    void moveCurrent(int step);
    // The dialog New level… or Edit… opened (tests fill it); nullptr when none is open.
    ClassificationLevelDialog *openDialog() const;

protected:
    void applyFilters() override;
    void showDetails(int sourceRow) override;
    void updateActions() override;
    QString amount(int count) const override;
    QString countText() const override;
    bool hasFilters() const override;
    void clearFilters() override;

private:
    QWidget *createDetail();
    void addActions();
    void addMoveShortcuts();
    void pickAfterLoad();
    void openLevelDialog(bool editing);
    void publishCurrent();
    void archiveCurrent();
    void restoreCurrent();
    // Asks `request`; when confirmed, runs `change` (a call to the server) and then afterChange.
    using Change = std::function<void(std::function<void(const ApiError &)> done)>;
    void askThenChange(const ConfirmRequest &request, const QString &levelId,
                       const QString &failurePrefix, const Change &change);
    // After a change: says what happened (or why not) and loads the list again, keeping the
    // level picked.
    void afterChange(const QString &levelId, const QString &failurePrefix, const ApiError &error);
    void showProblem(const QString &text);

    std::unique_ptr<ClassificationService> m_service;
    ClassificationLevelsModel *m_model;
    QString m_selectAfterLoad;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_restore = nullptr;
    QCheckBox *m_showArchived = nullptr;
    MessagePanel *m_problem = nullptr;
    FieldListPane *m_detail = nullptr;
    bool m_pickedOnce = false;
};
