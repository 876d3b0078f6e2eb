#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

class QFormLayout;
class QLabel;

// A detail pane of names and values ("Expires: 12 Mar 2027 (103 days left)"), with an optional
// colour for a value that carries a risk. The areas fill it from the picked row.
class FieldListPane : public QWidget
{
    Q_OBJECT

public:
    struct Field
    {
        QString name;
        QString value;
        QColor color = {}; // invalid: the normal text colour
    };

    explicit FieldListPane(QWidget *parent = nullptr);

    // Shows `placeholder` ("Pick a key to see its details") instead of fields.
    void clear(const QString &placeholder);
    void showFields(const QString &title, const QList<Field> &fields);
    // Extra fields under the first ones, with a heading (another list, a note...).
    void appendSection(const QString &heading, const QList<Field> &fields);

    QString title() const;
    // The value shown for a field name; empty when not shown.
    QString value(const QString &name) const;

private:
    void addFields(const QList<Field> &fields);
    void removeFields();

    QLabel *m_title;
    QLabel *m_placeholder;
    QFormLayout *m_form;
    QList<Field> m_shown;
};
