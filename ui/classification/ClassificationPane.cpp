#include "ClassificationPane.h"

#include "ClassificationLevelDialog.h"
#include "ClassificationLevelsModel.h"
#include "ClassificationService.h"
#include "ClassificationText.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "FieldListPane.h"
#include "MessagePanel.h"
#include "TableOrMessage.h"
#include "UserText.h"

#include <QAction>
#include <QBoxLayout>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

ClassificationPane::ClassificationPane(Connection *connection, QWidget *parent)
    : AreaPane(parent),
      m_service(std::make_unique<ClassificationService>(connection->client(), connection->orgId())),
      m_model(new ClassificationLevelsModel(m_service.get(), this))
{
    QWidget *toolbar = createToolbar();
    m_errorBar = new MessagePanel(MessagePanel::Style::Bar, this);
    m_errorBar->setObjectName(QStringLiteral("classificationErrorBar"));
    m_errorBar->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_tableArea = new TableOrMessage(QStringLiteral("classification"), splitter);
    m_view = m_tableArea->view();
    m_message = m_tableArea->message();
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(ClassificationLevelsModel::Sensitivity, 36);
    header->resizeSection(ClassificationLevelsModel::Name, 170);
    header->resizeSection(ClassificationLevelsModel::Status, 90);
    header->resizeSection(ClassificationLevelsModel::Definition, 360);
    header->setStretchLastSection(true);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(2);
    leftLayout->addWidget(m_tableArea, 1);
    auto *hint = new QLabel(tr("The most sensitive level is at the top. Drag a level up or down "
                               "(or Alt+Up, Alt+Down) to change its place; archived levels have "
                               "none."),
                            left);
    hint->setObjectName(QStringLiteral("classificationHint"));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    leftLayout->addWidget(hint);

    m_detail = new FieldListPane(splitter);
    m_detail->setObjectName(QStringLiteral("classificationDetail"));
    m_detail->clear(tr("Pick a level to see it in full."));
    m_detail->setMinimumWidth(220);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 300});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(toolbar);
    layout->addWidget(m_errorBar);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &ClassificationPane::showDetails);
    connect(m_model, &ClassificationLevelsModel::loadingChanged, this,
            &ClassificationPane::updateMessage);
    connect(m_model, &ClassificationLevelsModel::loaded, this, [this] {
        updateMessage();
        if (m_selectAfterLoad.isEmpty() && !m_pickedOnce && m_model->rowCount() > 0)
            m_view->selectRow(0); // the first time in, the most sensitive level is explained
        m_pickedOnce = true;
        if (!m_selectAfterLoad.isEmpty()) {
            const int row = m_model->rowOf(m_selectAfterLoad);
            if (row >= 0)
                m_view->selectRow(row);
            m_selectAfterLoad.clear();
        }
        // After the layout has caught up with the new texts (a screenshot is taken on ready).
        QMetaObject::invokeMethod(this, &AreaPane::ready, Qt::QueuedConnection);
    });
    connect(m_model, &ClassificationLevelsModel::reorderFailed, this,
            &ClassificationPane::showProblem);
    connect(m_model, &ClassificationLevelsModel::reordered, m_errorBar, &QWidget::hide);
    // The keyboard's way to move a level, for those who do not drag.
    auto addMove = [this](const QKeySequence &keys, int step) {
        auto *move = new QAction(this);
        move->setShortcut(keys);
        move->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(move, &QAction::triggered, this, [this, step] { moveCurrent(step); });
        m_view->addAction(move);
    };
    addMove(QKeySequence(Qt::ALT | Qt::Key_Up), -1);
    addMove(QKeySequence(Qt::ALT | Qt::Key_Down), 1);
    connect(m_message, &MessagePanel::buttonClicked, this, &ClassificationPane::refresh);
    connect(m_errorBar, &MessagePanel::buttonClicked, m_errorBar, &QWidget::hide);
    updateActions();
    refresh();
}

ClassificationPane::~ClassificationPane() = default;

QWidget *ClassificationPane::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 4, 0);
    auto button = [&](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, bar);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        layout->addWidget(b);
        return b;
    };
    m_new = button(tr("New level\u2026"), "newLevel", tr("Create a draft classification level"));
    m_edit = button(tr("Edit\u2026"), "editLevel",
                    tr("Change the level's name, definition, "
                       "guideline or colour"));
    m_publish = button(tr("Publish\u2026"), "publishLevel",
                       tr("Make the draft available to classify content"));
    m_archive = button(tr("Archive\u2026"), "archiveLevel",
                       tr("Retire the level: content classified with it becomes unclassified"));
    m_restore =
        button(tr("Restore"), "restoreLevel", tr("Bring an archived level back as a draft"));
    m_showArchived = new QCheckBox(tr("Show archived"), bar);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    layout->addSpacing(8);
    layout->addWidget(m_showArchived);
    layout->addStretch(1);
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("classificationCount"));
    layout->addWidget(m_count);

    connect(m_new, &QPushButton::clicked, this, [this] { openLevelDialog(false); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openLevelDialog(true); });
    connect(m_publish, &QPushButton::clicked, this, &ClassificationPane::publishCurrent);
    connect(m_archive, &QPushButton::clicked, this, &ClassificationPane::archiveCurrent);
    connect(m_restore, &QPushButton::clicked, this, &ClassificationPane::restoreCurrent);
    connect(m_showArchived, &QCheckBox::toggled, this, [this](bool show) {
        const int row = currentRow();
        const QString id = row >= 0 ? m_model->levelAt(row).levelId : QString();
        m_model->setShowArchived(show);
        if (!id.isEmpty() && m_model->rowOf(id) >= 0)
            m_view->selectRow(m_model->rowOf(id));
        updateMessage();
    });
    return bar;
}

void ClassificationPane::setScope(const QString &) {}

void ClassificationPane::refresh()
{
    const int row = currentRow();
    if (row >= 0 && m_selectAfterLoad.isEmpty())
        m_selectAfterLoad = m_model->levelAt(row).levelId;
    m_model->reload();
}

bool ClassificationPane::selectLevel(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->levelAt(row).name == name) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

ClassificationLevelDialog *ClassificationPane::openDialog() const
{
    for (ClassificationLevelDialog *dialog : findChildren<ClassificationLevelDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

int ClassificationPane::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ClassificationPane::updateActions()
{
    const int row = currentRow();
    const ClassificationLevel level = m_model->levelAt(row);
    const bool picked = row >= 0;
    m_edit->setEnabled(picked && !level.isArchived());
    m_publish->setEnabled(picked && level.status == ClassificationLevel::Status::Draft);
    m_archive->setEnabled(picked && !level.isArchived());
    m_restore->setEnabled(picked && level.isArchived());
    const int archived = m_model->archivedCount();
    const int active = int(m_model->names().size()) - archived;
    QString text = tr("%n levels", nullptr, active);
    if (archived > 0)
        text += tr(" \u00b7 %n archived", nullptr, archived);
    m_count->setText(text);
}

void ClassificationPane::updateMessage()
{
    QString text;
    QString button;
    bool isError = false;
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        text = tr("Loading classification levels\u2026");
    } else if (m_model->lastError().isError() && m_model->rowCount() == 0) {
        text = tr("Could not load the classification levels. %1")
                   .arg(m_model->lastError().userMessage());
        button = tr("Retry");
        isError = true;
    } else if (m_model->rowCount() == 0) {
        text = m_model->archivedCount() > 0
                   ? tr("Every level is archived. Tick \u201cShow archived\u201d to restore one, "
                        "or create a new level.")
                   : tr("The organization has no classification levels yet. Create one with "
                        "New level\u2026");
    }
    if (text.isEmpty()) {
        m_tableArea->setCurrentWidget(m_view);
        return;
    }
    m_message->showMessage(text, button, isError);
    m_tableArea->setCurrentWidget(m_message);
}

void ClassificationPane::showDetails()
{
    const int row = currentRow();
    if (row < 0) {
        m_detail->clear(tr("Pick a level to see it in full."));
        return;
    }
    const ClassificationLevel level = m_model->levelAt(row);
    QList<FieldListPane::Field> fields;
    fields.append({tr("Status"), ClassificationText::status(level)});
    if (!level.isArchived())
        fields.append(
            {tr("Sensitivity"), tr("%1 of %2 (1 is the most sensitive)")
                                    .arg(row + 1)
                                    .arg(m_model->names().size() - m_model->archivedCount())});
    fields.append({tr("Colour"), ClassificationText::colorName(level.color),
                   ClassificationText::colorValue(level.color)});
    fields.append({tr("Definition"), level.definition.isEmpty() ? tr("None") : level.definition});
    fields.append({tr("Guideline"), level.guideline.isEmpty() ? tr("None") : level.guideline});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!level.createdBy.isEmpty() || level.createdOn.isValid())
        fields.append(
            {tr("Created"),
             tr("%1 by %2").arg(UserText::dateWithAgo(level.createdOn, now), level.createdBy)});
    if (!level.changedBy.isEmpty() || level.changedOn.isValid())
        fields.append(
            {tr("Changed"),
             tr("%1 by %2").arg(UserText::dateWithAgo(level.changedOn, now), level.changedBy)});
    fields.append({tr("Level id"), level.levelId});
    m_detail->showFields(level.name, fields);
}

void ClassificationPane::moveCurrent(int step)
{
    const int row = currentRow();
    if (row < 0 || m_model->levelAt(row).isArchived())
        return;
    const QString id = m_model->levelAt(row).levelId;
    if (m_model->moveLevel(row, qMax(0, row + step)))
        m_view->selectRow(m_model->rowOf(id));
}

void ClassificationPane::showProblem(const QString &text)
{
    m_errorBar->showMessage(text, tr("Dismiss"), true);
    m_errorBar->show();
}

void ClassificationPane::openLevelDialog(bool editing)
{
    const int row = currentRow();
    if (editing && row < 0)
        return;
    std::optional<ClassificationLevel> level;
    if (editing)
        level = m_model->levelAt(row);
    auto *dialog = new ClassificationLevelDialog(m_service.get(), m_model->names(), level, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClassificationLevelDialog::saved, this,
            [this](const ClassificationLevel &saved) {
                m_errorBar->hide();
                m_selectAfterLoad = saved.levelId;
                m_model->reload();
            });
    dialog->open();
}

void ClassificationPane::publishCurrent()
{
    const int row = currentRow();
    const ClassificationLevel level = m_model->levelAt(row);
    if (row < 0 || level.status != ClassificationLevel::Status::Draft)
        return;
    ConfirmRequest request;
    request.action = tr("Publish");
    request.question = tr("Publish the level \u201c%1\u201d?").arg(level.name);
    request.names = {level.name};
    request.count = 1;
    request.details = tr("Once published, people can classify pages, issues and other content "
                         "with it in Jira and Confluence.");
    const QString id = level.levelId;
    askThenChange(request, id, tr("The level was not published."),
                  [this, id](auto done) { m_service->publish({id}, this, done); });
}

void ClassificationPane::archiveCurrent()
{
    const int row = currentRow();
    const ClassificationLevel level = m_model->levelAt(row);
    if (row < 0 || level.isArchived())
        return;
    ConfirmRequest request;
    request.action = tr("Archive");
    request.question = tr("Archive the level \u201c%1\u201d?").arg(level.name);
    request.names = {level.name};
    request.count = 1;
    request.details =
        level.status == ClassificationLevel::Status::Published
            ? tr("Published content classified as \u201c%1\u201d becomes unclassified, and "
                 "nobody can pick the level any more. Restoring it later brings it back as a "
                 "draft, but does not classify that content again.")
                  .arg(level.name)
            : tr("The draft leaves the list. Restoring it later brings it back as a draft.");
    request.destructive = true;
    const QString id = level.levelId;
    askThenChange(request, id, tr("The level was not archived."),
                  [this, id](auto done) { m_service->archive(id, this, done); });
}

void ClassificationPane::askThenChange(const ConfirmRequest &request, const QString &levelId,
                                       const QString &failurePrefix, const Change &change)
{
    ConfirmDialog::ask(this, request, this,
                       [this, levelId, failurePrefix, change](const ConfirmDialog::Answer &answer) {
                           if (!answer.confirmed)
                               return;
                           change([this, levelId, failurePrefix](const ApiError &error) {
                               afterChange(levelId, failurePrefix, error);
                           });
                       });
}

void ClassificationPane::restoreCurrent()
{
    const int row = currentRow();
    const ClassificationLevel level = m_model->levelAt(row);
    if (row < 0 || !level.isArchived())
        return;
    const QString id = level.levelId;
    m_service->restore(id, this, [this, id](const ApiError &error) {
        afterChange(id, tr("The level was not restored."), error);
    });
}

void ClassificationPane::afterChange(const QString &levelId, const QString &failurePrefix,
                                     const ApiError &error)
{
    if (error.isError())
        showProblem(failurePrefix + u' ' + error.userMessage());
    else
        m_errorBar->hide();
    m_selectAfterLoad = levelId;
    m_model->reload();
}
