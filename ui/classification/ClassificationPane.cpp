#include "ClassificationPane.h"

#include "ClassificationLevelDialog.h"
#include "ClassificationLevelsModel.h"
#include "ClassificationService.h"
#include "ClassificationText.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "FieldListPane.h"
#include "Icons.h"
#include "MessagePanel.h"
#include "UserText.h"

#include <QAction>
#include <QBoxLayout>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>

namespace {

ListAreaPane::Texts classificationTexts()
{
    return {QString(), // a handful of levels whose order is the point: no search
            ClassificationPane::tr("Loading classification levels\u2026"),
            ClassificationPane::tr("The organization has no classification levels yet. Create "
                                   "one with New level\u2026"),
            ClassificationPane::tr("Every level is archived. Tick \u201cShow archived\u201d to "
                                   "restore one, or create a new level."),
            ClassificationPane::tr("Could not load the classification levels."),
            QStringLiteral("classification-levels.csv")};
}

} // namespace

ClassificationPane::ClassificationPane(Connection *connection, QWidget *parent)
    : ListAreaPane(QStringLiteral("classification"), classificationTexts(), parent),
      m_service(std::make_unique<ClassificationService>(connection->client(), connection->orgId())),
      m_model(new ClassificationLevelsModel(m_service.get(), this))
{
    build(m_model, nullptr, createDetail());
    setMultiSelection(false);
    // The rows are in sensitivity order, which a drag changes: no sorting by column.
    view()->setSortingEnabled(false);
    view()->setDragEnabled(true);
    view()->setAcceptDrops(true);
    view()->setDropIndicatorShown(true);
    view()->setDragDropMode(QAbstractItemView::InternalMove);
    view()->setDragDropOverwriteMode(false);
    view()->setDefaultDropAction(Qt::MoveAction);
    QHeaderView *header = view()->horizontalHeader();
    header->setSortIndicatorShown(false);
    header->resizeSection(ClassificationLevelsModel::Sensitivity, 36);
    header->resizeSection(ClassificationLevelsModel::Name, 170);
    header->resizeSection(ClassificationLevelsModel::Status, 90);
    header->resizeSection(ClassificationLevelsModel::Definition, 360);

    m_showArchived = new QCheckBox(tr("Show archived"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    connect(m_showArchived, &QCheckBox::toggled, this, &ClassificationPane::applyFilters);
    addFilterWidget(m_showArchived);
    addActions();
    addMoveShortcuts();

    m_problem = new MessagePanel(MessagePanel::Style::Bar, this);
    m_problem->setObjectName(QStringLiteral("classificationProblem"));
    m_problem->hide();
    connect(m_problem, &MessagePanel::buttonClicked, m_problem, &QWidget::hide);
    addRowBelowToolbar(m_problem);

    connect(m_model, &PagedTableModel::firstPageLoaded, this, &ClassificationPane::pickAfterLoad);
    connect(m_model, &QAbstractItemModel::rowsMoved, this,
            [this] { showDetails(currentSourceRow()); });
    connect(m_model, &ClassificationLevelsModel::reorderFailed, this,
            &ClassificationPane::showProblem);
    connect(m_model, &ClassificationLevelsModel::reordered, m_problem, &QWidget::hide);
    updateActions();
    refresh();
}

ClassificationPane::~ClassificationPane() = default;

QWidget *ClassificationPane::createDetail()
{
    m_detail = new FieldListPane(this);
    m_detail->setObjectName(QStringLiteral("classificationDetail"));
    m_detail->clear(tr("Pick a level to see it in full."));
    auto *hint = new QLabel(tr("The most sensitive level is at the top. Drag a level up or down "
                               "(or Alt+Up, Alt+Down) to change its place; archived levels have "
                               "none."),
                            this);
    hint->setObjectName(QStringLiteral("classificationHint"));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    return detailWithFooter(m_detail, hint);
}

void ClassificationPane::addActions()
{
    auto button = [this](const char *name, const QString &text, const QString &tip) {
        QPushButton *b = addActionButton(QLatin1String(name), text);
        b->setToolTip(tip);
        return b;
    };
    m_new = button("newLevel", tr("New level\u2026"), tr("Create a draft classification level"));
    m_new->setIcon(Icons::action(Icons::Action::Add));
    m_edit = button("editLevel", tr("Edit\u2026"),
                    tr("Change the level's name, definition, guideline or colour"));
    m_publish = button("publishLevel", tr("Publish\u2026"),
                       tr("Make the draft available to classify content"));
    m_archive = button("archiveLevel", tr("Archive\u2026"),
                       tr("Retire the level: content classified with it becomes unclassified"));
    m_restore =
        button("restoreLevel", tr("Restore"), tr("Bring an archived level back as a draft"));
    m_restore->setIcon(Icons::action(Icons::Action::Restore));
    connect(m_new, &QPushButton::clicked, this, [this] { openLevelDialog(false); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openLevelDialog(true); });
    connect(m_publish, &QPushButton::clicked, this, &ClassificationPane::publishCurrent);
    connect(m_archive, &QPushButton::clicked, this, &ClassificationPane::archiveCurrent);
    setRemoveButton(m_archive, tr("Archive level\u2026"));
    connect(m_restore, &QPushButton::clicked, this, &ClassificationPane::restoreCurrent);
}

// The keyboard's way to move a level, for those who do not drag.
void ClassificationPane::addMoveShortcuts()
{
    auto addMove = [this](const QString &text, const QKeySequence &keys, int step) {
        auto *move = new QAction(text, this);
        move->setShortcut(keys);
        move->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(move, &QAction::triggered, this, [this, step] { moveCurrent(step); });
        view()->addAction(move);
    };
    addMove(tr("Move the level up"), QKeySequence(Qt::ALT | Qt::Key_Up), -1);
    addMove(tr("Move the level down"), QKeySequence(Qt::ALT | Qt::Key_Down), 1);
}

void ClassificationPane::refresh()
{
    const int row = currentSourceRow();
    if (row >= 0 && m_selectAfterLoad.isEmpty())
        m_selectAfterLoad = m_model->levelAt(row).levelId;
    ListAreaPane::refresh();
}

// The first time in, the most sensitive level is explained; after a change, the changed level
// is picked again.
void ClassificationPane::pickAfterLoad()
{
    if (m_selectAfterLoad.isEmpty() && !m_pickedOnce && m_model->rowCount() > 0)
        selectSourceRow(0);
    m_pickedOnce = true;
    if (!m_selectAfterLoad.isEmpty()) {
        const int row = m_model->rowOf(m_selectAfterLoad);
        if (row >= 0)
            selectSourceRow(row);
        m_selectAfterLoad.clear();
    }
}

bool ClassificationPane::selectLevel(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->levelAt(row).name == name)
            return selectSourceRow(row);
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

void ClassificationPane::applyFilters()
{
    const int row = currentSourceRow();
    const QString id = row >= 0 ? m_model->levelAt(row).levelId : QString();
    m_model->setShowArchived(m_showArchived->isChecked());
    if (!id.isEmpty() && m_model->rowOf(id) >= 0)
        selectSourceRow(m_model->rowOf(id));
    afterQueryChanged();
}

bool ClassificationPane::hasFilters() const
{
    return !m_showArchived->isChecked() && m_model->archivedCount() > 0;
}

void ClassificationPane::clearFilters()
{
    {
        const QSignalBlocker quiet(m_showArchived); // one apply, in the skeleton's
        m_showArchived->setChecked(true);
    }
    ListAreaPane::clearFilters();
}

QString ClassificationPane::amount(int count) const
{
    return tr("%n levels", nullptr, count);
}

QString ClassificationPane::countText() const
{
    QString text = amount(m_model->activeCount());
    const int archived = m_model->archivedCount();
    if (archived > 0)
        text += tr(" \u00b7 %n archived", nullptr, archived);
    return text;
}

void ClassificationPane::updateActions()
{
    const int row = currentSourceRow();
    const ClassificationLevel level = m_model->levelAt(row);
    const bool picked = row >= 0;
    m_edit->setEnabled(picked && !level.isArchived());
    m_publish->setEnabled(picked && level.status == ClassificationLevel::Status::Draft);
    m_archive->setEnabled(picked && !level.isArchived());
    m_restore->setEnabled(picked && level.isArchived());
}

void ClassificationPane::showDetails(int sourceRow)
{
    if (sourceRow < 0) {
        m_detail->clear(tr("Pick a level to see it in full."));
        return;
    }
    const ClassificationLevel level = m_model->levelAt(sourceRow);
    QList<FieldListPane::Field> fields;
    fields.append({tr("Status"), ClassificationText::status(level)});
    if (!level.isArchived())
        fields.append({tr("Sensitivity"), tr("%1 of %2 (1 is the most sensitive)")
                                              .arg(sourceRow + 1)
                                              .arg(m_model->activeCount())});
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
    const int row = currentSourceRow();
    if (row < 0 || m_model->levelAt(row).isArchived())
        return;
    const QString id = m_model->levelAt(row).levelId;
    if (m_model->moveLevel(row, qMax(0, row + step)))
        selectSourceRow(m_model->rowOf(id));
}

void ClassificationPane::showProblem(const QString &text)
{
    m_problem->showMessage(text, tr("Dismiss"), true);
    m_problem->show();
}

void ClassificationPane::openLevelDialog(bool editing)
{
    const int row = currentSourceRow();
    if (editing && row < 0)
        return;
    std::optional<ClassificationLevel> level;
    if (editing)
        level = m_model->levelAt(row);
    auto *dialog = new ClassificationLevelDialog(m_service.get(), m_model->names(), level, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClassificationLevelDialog::saved, this,
            [this](const ClassificationLevel &saved) {
                m_problem->hide();
                m_selectAfterLoad = saved.levelId;
                m_model->reload();
            });
    dialog->open();
}

void ClassificationPane::publishCurrent()
{
    const int row = currentSourceRow();
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
    const int row = currentSourceRow();
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
    const int row = currentSourceRow();
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
        m_problem->hide();
    m_selectAfterLoad = levelId;
    m_model->reload();
}
