#include "NewGroupDialog.h"

#include "GroupOperations.h"
#include "GroupService.h"
#include "OrgService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

NewGroupDialog::NewGroupDialog(const GroupService *service, const OrgService *orgs,
                               const QString &directoryId, QWidget *parent)
    : FormDialog(parent), m_service(service), m_directoryId(directoryId),
      m_name(new QLineEdit(this)), m_description(new QPlainTextEdit(this)),
      m_directories(new QComboBox(this))
{
    setObjectName(QStringLiteral("newGroupDialog"));
    setWindowTitle(tr("New group"));
    m_name->setObjectName(QStringLiteral("groupName"));
    m_name->setPlaceholderText(tr("e.g. design-reviewers"));
    form()->addRow(tr("&Name"), m_name);
    m_description->setObjectName(QStringLiteral("groupDescription"));
    m_description->setPlaceholderText(tr("What the group is for (optional)"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    form()->addRow(tr("&Description"), m_description);
    // The window shows every directory: say which one the group belongs to.
    m_directories->setObjectName(QStringLiteral("groupDirectory"));
    if (directoryId == QLatin1String("-") && orgs) {
        m_directories->setEnabled(false);
        m_directories->setPlaceholderText(tr("Loading the directories\u2026"));
        form()->addRow(tr("Di&rectory"), m_directories);
        orgs->directories(this, [this](const ApiResult<QList<Directory>> &result) {
            if (!result.ok()) {
                m_directories->setPlaceholderText(tr("The organization's default"));
                showProblem(tr("Could not list the directories (%1); the group goes to the "
                               "organization's default one.")
                                .arg(result.error.userMessage()));
                return;
            }
            for (const Directory &directory : result.value)
                m_directories->addItem(directory.name, directory.id);
            m_directories->setEnabled(m_directories->count() > 1);
            m_directories->setCurrentIndex(0);
        });
    } else {
        m_directories->hide();
    }
    auto *note = new QLabel(tr("The group starts empty, with no roles. Names are unique in the "
                               "organization, whatever their case."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form()->addRow(note);
    setApplyText(tr("Create group"));
    setMinimumWidth(420);
}

QString NewGroupDialog::directoryId() const
{
    const QString chosen = m_directories->currentData().toString();
    return chosen.isEmpty() ? m_directoryId : chosen;
}

QString NewGroupDialog::validate()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_name->setFocus();
        return tr("Enter a name for the group.");
    }
    if (name.size() > maxNameLength) {
        m_name->setFocus();
        return tr("The name is %1 characters long; at most %2 are allowed.")
            .arg(name.size())
            .arg(maxNameLength);
    }
    return QString();
}

void NewGroupDialog::apply()
{
    const QString name = m_name->text().trimmed();
    setApplying(tr("Creating \u201c%1\u201d\u2026").arg(name));
    m_service->create(directoryId(), name, m_description->toPlainText().trimmed(), this,
                      [this](const ApiResult<Group> &result) {
                          if (!result.ok()) {
                              finishApplying(GroupOperations::refusalInWords(result.error));
                              return;
                          }
                          Q_EMIT created(result.value);
                          succeed();
                      });
}
