#include "PasteListDialog.h"

#include "PeopleResolver.h"
#include "UserService.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasteListDialog::PasteListDialog(const UserService *service, const QString &directoryId,
                                 QWidget *parent)
    : QDialog(parent), m_service(service), m_directoryId(directoryId),
      m_resolver(new PeopleResolver(service, this)), m_input(new QPlainTextEdit(this)),
      m_find(new QPushButton(tr("&Find people"), this)),
      m_select(new QPushButton(tr("&Show and select them"), this)), m_result(new QLabel(this)),
      m_unresolved(new QListWidget(this))
{
    setObjectName(QStringLiteral("pasteListDialog"));
    setWindowTitle(tr("Find people from a list"));
    auto *intro = new QLabel(tr("Paste e-mail addresses or account IDs as they came in the "
                                "ticket: one per line, or separated by commas or spaces. "
                                "\u201cName <address>\u201d works too."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_input->setObjectName(QStringLiteral("listInput"));
    m_input->setPlaceholderText(
        tr("aiko.tanaka@acme-robotics.com\nlars.johansson@freelance-mail.net, \u2026"));
    auto *load = new QPushButton(tr("&Load from file\u2026"), this);
    load->setObjectName(QStringLiteral("loadList"));
    m_find->setObjectName(QStringLiteral("findPeople"));
    m_find->setDefault(true);
    auto *row = new QHBoxLayout;
    row->addWidget(load);
    row->addStretch(1);
    row->addWidget(m_find);
    m_result->setObjectName(QStringLiteral("listResult"));
    m_result->setWordWrap(true);
    m_unresolved->setObjectName(QStringLiteral("unresolvedList"));
    m_unresolved->setMaximumHeight(m_unresolved->fontMetrics().lineSpacing() * 5 + 8);
    m_unresolved->hide();
    m_select->setObjectName(QStringLiteral("selectFound"));
    m_select->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_select, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(load, &QPushButton::clicked, this, &PasteListDialog::chooseFile);
    connect(m_find, &QPushButton::clicked, this, &PasteListDialog::find);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] { m_select->setEnabled(false); });

    connect(m_resolver, &PeopleResolver::finished, this, [this] {
        const int found = int(m_resolver->found().size());
        const QStringList missing = m_resolver->unresolved();
        m_result->setText(missing.isEmpty() ? tr("Found all %n person(s).", nullptr, found)
                                            : tr("Found %1; %n entry(s) matched nobody:", nullptr,
                                                 int(missing.size()))
                                                  .arg(tr("%n person(s)", nullptr, found)));
        m_unresolved->clear();
        m_unresolved->addItems(missing);
        m_unresolved->setVisible(!missing.isEmpty());
        m_find->setEnabled(true);
        m_select->setEnabled(found > 0);
        if (found > 0)
            m_select->setDefault(true);
        Q_EMIT resolved();
    });
    connect(m_resolver, &PeopleResolver::failed, this, [this](const ApiError &error) {
        m_result->setText(tr("Could not look the people up. %1").arg(error.userMessage()));
        m_find->setEnabled(true);
        Q_EMIT resolved();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_input, 1);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addWidget(m_unresolved);
    layout->addWidget(buttons);
    resize(520, 460);
}

QString PasteListDialog::resultText() const
{
    return m_result->text();
}

QStringList PasteListDialog::unresolved() const
{
    return m_resolver->unresolved();
}

const QList<DirectoryUser> &PasteListDialog::found() const
{
    return m_resolver->found();
}

void PasteListDialog::setText(const QString &text)
{
    m_input->setPlainText(text);
}

bool PasteListDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_result->setText(tr("Could not read %1: %2").arg(path, file.errorString()));
        return false;
    }
    setText(QString::fromUtf8(file.read(4 * 1024 * 1024)));
    return true;
}

void PasteListDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Load a list of people"), QString(),
                                   tr("Text and CSV files (*.txt *.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (loadFile(path))
            find();
    });
    dialog->open();
}

void PasteListDialog::find()
{
    const PeopleList list = PeopleList::parse(m_input->toPlainText());
    if (list.isEmpty() && list.unreadable.isEmpty()) {
        m_result->setText(tr("The list is empty."));
        return;
    }
    m_result->setText(tr("Looking up %n entry(s)\u2026", nullptr, list.size()));
    m_find->setEnabled(false);
    m_select->setEnabled(false);
    m_resolver->resolve(list, m_directoryId);
}
