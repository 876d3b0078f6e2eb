#include "ClassificationLevelDialog.h"

#include "ClassificationService.h"
#include "ClassificationText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

ClassificationLevelDialog::ClassificationLevelDialog(
    const ClassificationService *service, const QStringList &takenNames,
    const std::optional<ClassificationLevel> &editing, QWidget *parent)
    : FormDialog(parent), m_service(service), m_taken(takenNames), m_editing(editing),
      m_name(new QLineEdit(this)), m_definition(new QPlainTextEdit(this)),
      m_guideline(new QPlainTextEdit(this)), m_color(new QComboBox(this))
{
    setObjectName(QStringLiteral("classificationLevelDialog"));
    setWindowTitle(editing ? tr("Edit level: %1").arg(editing->name)
                           : tr("New classification level"));
    m_name->setObjectName(QStringLiteral("levelName"));
    m_name->setMaxLength(maxName);
    m_name->setPlaceholderText(tr("Confidential"));
    m_definition->setObjectName(QStringLiteral("levelDefinition"));
    m_definition->setPlaceholderText(tr("What data belongs to this level"));
    m_definition->setTabChangesFocus(true);
    m_definition->setFixedHeight(72);
    m_guideline->setObjectName(QStringLiteral("levelGuideline"));
    m_guideline->setPlaceholderText(tr("How people should handle such data"));
    m_guideline->setTabChangesFocus(true);
    m_guideline->setFixedHeight(72);
    m_color->setObjectName(QStringLiteral("levelColor"));
    m_color->addItem(tr("Pick a colour"), QString());
    for (const QString &color : ClassificationLevel::palette())
        m_color->addItem(ClassificationText::swatch(color), ClassificationText::colorName(color),
                         color);
    form()->addRow(tr("&Name"), m_name);
    form()->addRow(tr("&Definition"), m_definition);
    form()->addRow(tr("&Guideline"), m_guideline);
    form()->addRow(tr("&Colour"), m_color);
    if (editing) {
        m_taken.removeAll(editing->name);
        m_name->setText(editing->name);
        m_definition->setPlainText(editing->definition);
        m_guideline->setPlainText(editing->guideline);
        m_color->setCurrentIndex(qMax(0, m_color->findData(editing->color)));
        setApplyText(tr("Save"));
    } else {
        auto *note = new QLabel(tr("A new level is a draft: people can use it once it is "
                                   "published. It starts as the least sensitive; drag it into "
                                   "place in the list."),
                                this);
        note->setWordWrap(true);
        note->setEnabled(false);
        form()->addRow(note);
        setApplyText(tr("Create draft"));
    }
    setMinimumWidth(480);
}

ClassificationLevelFields ClassificationLevelDialog::fields() const
{
    return {m_name->text().trimmed(), m_definition->toPlainText().trimmed(),
            m_guideline->toPlainText().trimmed(), m_color->currentData().toString()};
}

QString ClassificationLevelDialog::validate()
{
    const ClassificationLevelFields f = fields();
    if (f.name.isEmpty()) {
        m_name->setFocus();
        return tr("Give the level a name.");
    }
    if (f.name.size() > maxName) {
        m_name->setFocus();
        return tr("The name can have at most %1 characters.").arg(maxName);
    }
    if (m_taken.contains(f.name, Qt::CaseInsensitive)) {
        m_name->setFocus();
        return tr("There is already a level named \u201c%1\u201d (archived levels count too).")
            .arg(f.name);
    }
    if (f.definition.size() > maxText) {
        m_definition->setFocus();
        return tr("The definition can have at most %1 characters.").arg(maxText);
    }
    if (f.guideline.size() > maxText) {
        m_guideline->setFocus();
        return tr("The guideline can have at most %1 characters.").arg(maxText);
    }
    if (f.color.isEmpty()) {
        m_color->setFocus();
        return tr("Pick a colour for the level.");
    }
    return QString();
}

void ClassificationLevelDialog::apply()
{
    auto done = [this](const ApiResult<ClassificationLevel> &result) {
        if (!result.ok()) {
            finishApplying(result.error.userMessage());
            return;
        }
        Q_EMIT saved(result.value);
        succeed();
    };
    if (m_editing) {
        setApplying(tr("Saving the level\u2026"));
        m_service->edit(m_editing->levelId, fields(), this, done);
    } else {
        setApplying(tr("Creating the draft\u2026"));
        m_service->create(fields(), this, done);
    }
}
