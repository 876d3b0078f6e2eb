#include "AuditSearchText.h"

#include <QStringList>

namespace {

constexpr int maxActionAlternatives = 40;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// The runs of letters and digits in `text`.
QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (isWordChar(c)) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

// Lower case without diacritics, as the index's tokenizer sees words.
QString folded(const QString &word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            result += c.toLower();
    }
    return result;
}

struct Term
{
    QStringList words;
    bool exact = false; // a "quoted phrase"
};

// Splits the text into terms: "quoted phrases" (an unclosed quote runs to the end) and runs
// between spaces.
QList<Term> termsOf(const QString &text)
{
    QList<Term> terms;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        Term term;
        qsizetype end;
        if (text.at(i) == QLatin1Char('"')) {
            end = text.indexOf(QLatin1Char('"'), i + 1);
            if (end < 0)
                end = text.size();
            term.words = wordsOf(text.mid(i + 1, end - i - 1));
            term.exact = true;
            i = end + 1;
        } else {
            end = i;
            while (end < text.size() && !text.at(end).isSpace() && text.at(end) != QLatin1Char('"'))
                ++end;
            term.words = wordsOf(text.mid(i, end - i));
            i = end;
        }
        if (!term.words.isEmpty())
            terms.append(term);
    }
    return terms;
}

QString phrase(const QStringList &words)
{
    return QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
}

// Whether `term` occurs in `name`'s words: consecutive words, the last a prefix unless exact.
bool namesTerm(const QStringList &nameWords, const Term &term, const QStringList &termWords)
{
    for (qsizetype start = 0; start + termWords.size() <= nameWords.size(); ++start) {
        bool all = true;
        for (qsizetype k = 0; k < termWords.size() && all; ++k) {
            const QString &word = nameWords.at(start + k);
            const bool last = k == termWords.size() - 1;
            all =
                (last && !term.exact) ? word.startsWith(termWords.at(k)) : word == termWords.at(k);
        }
        if (all)
            return true;
    }
    return false;
}

QStringList foldedWords(const QString &text)
{
    QStringList words = wordsOf(text);
    for (QString &word : words)
        word = folded(word);
    return words;
}

QStringList actionsNaming(const Term &term, const QList<EventAction> &catalogue)
{
    QStringList termWords;
    for (const QString &word : term.words)
        termWords.append(folded(word));
    QStringList ids;
    for (const EventAction &action : catalogue) {
        if (namesTerm(foldedWords(action.displayName), term, termWords) ||
            namesTerm(foldedWords(action.groupName), term, termWords)) {
            ids.append(action.id);
            if (ids.size() >= maxActionAlternatives)
                break;
        }
    }
    return ids;
}

// Lower-case ASCII letters and digits only: folded exactly as the index's tokenizer folds it.
bool isListablePrefix(const QString &word)
{
    if (word.size() < 3)
        return false; // two letters have a prefix index of their own
    for (const QChar c : word) {
        if (!(c >= u'a' && c <= u'z') && !(c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

// `words` with the last one a prefix: the phrases that end in each word of the index the prefix
// starts, or the prefix query when they are not listed.
QString prefixExpression(const QStringList &words,
                         const AuditSearchText::WordLister &wordsStartingWith)
{
    const QString last = words.constLast().toLower();
    std::optional<QStringList> endings;
    if (wordsStartingWith && isListablePrefix(last))
        endings = wordsStartingWith(last);
    if (!endings || endings->isEmpty())
        return phrase(words) + QLatin1Char('*');
    QStringList phrases;
    for (const QString &ending : std::as_const(*endings)) {
        QStringList full = words;
        full.last() = ending;
        phrases.append(phrase(full));
    }
    return phrases.size() == 1
               ? phrases.constFirst()
               : QLatin1Char('(') + phrases.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace

AuditSearchText::Indexed AuditSearchText::indexedText(const AuditEvent &event)
{
    QStringList body{event.actorName, event.actorEmail, event.onBehalfOfName, event.onBehalfOfEmail,
                     event.tokenLabel};
    for (const QList<AuditEvent::Item> *items : {&event.context, &event.container}) {
        for (const AuditEvent::Item &item : *items) {
            body.append(item.name);
            body.append(item.email);
        }
    }
    body << event.city << event.region << event.country << event.ip << event.message;
    body.removeAll(QString());
    return {event.action, body.join(QLatin1Char('\n'))};
}

QString AuditSearchText::matchExpression(const QString &text, const QList<EventAction> &catalogue,
                                         const WordLister &wordsStartingWith)
{
    QStringList parts;
    for (const Term &term : termsOf(text)) {
        QString expression = phrase(term.words);
        if (!term.exact)
            expression = prefixExpression(term.words, wordsStartingWith);
        const QStringList actions = actionsNaming(term, catalogue);
        if (!actions.isEmpty()) {
            QStringList alternatives{expression};
            for (const QString &action : actions) {
                const QStringList words = wordsOf(action);
                if (!words.isEmpty())
                    alternatives.append(QStringLiteral("action : ") + phrase(words));
            }
            expression =
                QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
        parts.append(expression);
    }
    return parts.join(QStringLiteral(" AND "));
}
