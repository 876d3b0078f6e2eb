// The list of people pasted into the bulk dialogs or loaded from a text or CSV file: e-mail
// addresses and account ids, one per line or separated, possibly as "Name <address>".
#include "FuzzSupport.h"
#include "PeopleList.h"

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // As PasteListDialog::loadFile and the CLI read it.
    const PeopleList list = PeopleList::parse(QString::fromUtf8(Fuzz::bytes(data, size)));
    Fuzz::check(list.size() == list.emails.size() + list.accountIds.size(), "size counts both");
    Fuzz::check(QSet<QString>(list.emails.cbegin(), list.emails.cend()).size() ==
                    list.emails.size(),
                "each address once");
    Fuzz::check(QSet<QString>(list.accountIds.cbegin(), list.accountIds.cend()).size() ==
                    list.accountIds.size(),
                "each account id once");
    for (const QString &email : list.emails)
        Fuzz::check(email.contains(u'@') && email == email.toLower(), "addresses in lowercase");
    for (const QString &id : list.accountIds)
        Fuzz::check(!id.isEmpty() && !id.contains(u'/'), "an account id fits in a path");
    return 0;
}
