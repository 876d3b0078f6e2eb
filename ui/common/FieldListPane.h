#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

class QTextBrowser;

// A detail pane of names and values ("Expires" above "12 Mar 2027 (103 days left)"), with an
// optional colour for a value that carries a risk; selectable text that wraps (long ids break
// anywhere) and scrolls. The areas fill it from the picked row.
class FieldListPane : public QWidget
{
    Q_OBJECT

public:
    struct Field
    {
        QString name; // empty: the value alone, as a line of text
        QString value;
        QColor color = {}; // invalid: the normal text colour; a status colour (StatusColors)
                           // follows palette changes
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
    QString text() const; // everything shown, as plain text

private:
    struct Section
    {
        QString heading;
        QList<Field> fields;
    };

    // Writes the HTML again from what is shown, in the current palette's colours.
    void render();

    QTextBrowser *m_text;
    QString m_title;
    QString m_placeholder;
    QList<Section> m_sections;
    QList<Field> m_shown;
};
