#pragma once

#include "ScimLinkFinding.h"
#include "ScimRepairPlan.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// A finding's repair, guided: every call is shown before it is sent (method, path, and the body
// when the person types part of it), sent only when asked, one step after the other, and its
// result said in words after. A step that fails can be sent again; an optional one skipped.
class ScimRepairDialog : public QDialog
{
    Q_OBJECT

public:
    ScimRepairDialog(const ScimLinkFinding &finding, const ScimRepairPlan::Clients &clients,
                     QWidget *parent = nullptr);

    int stepCount() const { return int(m_steps.size()); }
    int currentStep() const { return m_current; } // stepCount(): every step is done
    QPushButton *sendButton(int step) const { return m_rows.at(step).send; }
    QPushButton *skipButton(int step) const { return m_rows.at(step).skip; }
    QLineEdit *inputOf(int step) const { return m_rows.at(step).input; }
    QString callText(int step) const;
    QString resultText(int step) const;

Q_SIGNALS:
    // Something was changed on the server (at least one step succeeded): the check is stale.
    void changed();

private:
    struct Row
    {
        QPlainTextEdit *call = nullptr;
        QLineEdit *input = nullptr;
        QPushButton *send = nullptr;
        QPushButton *skip = nullptr;
        QLabel *result = nullptr;
    };

    QWidget *createStep(int index);
    void send(int index);
    void finishStep(int index, const QString &result, bool failed);
    void moveTo(int index);

    QList<ScimRepairStep> m_steps;
    QList<Row> m_rows;
    int m_current = 0;
    QLabel *m_done;
};
