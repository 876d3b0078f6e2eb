#pragma once

#include "ClassificationLevel.h"
#include "FormDialog.h"

#include <optional>

class ClassificationService;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// New level… and Edit…: name, definition, guideline and colour (the API's palette, with
// swatches), checked here first (name given, not too long, not taken; a colour picked), then
// sent; the server's refusal shows in place. A new level is a draft.
class ClassificationLevelDialog : public FormDialog
{
    Q_OBJECT

public:
    // `editing` empty: a new level. `takenNames`: every level's name (archived too).
    ClassificationLevelDialog(const ClassificationService *service, const QStringList &takenNames,
                              const std::optional<ClassificationLevel> &editing,
                              QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *definitionEdit() const { return m_definition; }
    QPlainTextEdit *guidelineEdit() const { return m_guideline; }
    QComboBox *colorBox() const { return m_color; }

    static constexpr int maxName = 50;
    static constexpr int maxText = 1000;

Q_SIGNALS:
    void saved(const ClassificationLevel &level);

protected:
    QString validate() override;
    void apply() override;

private:
    ClassificationLevelFields fields() const;

    const ClassificationService *m_service;
    QStringList m_taken;
    std::optional<ClassificationLevel> m_editing;
    QLineEdit *m_name;
    QPlainTextEdit *m_definition;
    QPlainTextEdit *m_guideline;
    QComboBox *m_color;
};
