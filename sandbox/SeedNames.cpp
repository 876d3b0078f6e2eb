#include "SeedNames.h"

namespace sandbox {
namespace {

// clang-format off
constexpr const char16_t *jpGiven[] = {u"Aiko", u"Haruto", u"Yui", u"Sota", u"Hina", u"Ren", u"Sakura", u"Kaito", u"Mei", u"Takumi"};
constexpr const char16_t *jpFamily[] = {u"Tanaka", u"Suzuki", u"Takahashi", u"Watanabe", u"Ito", u"Yamamoto", u"Nakamura", u"Kobayashi"};
constexpr Place jpPlaces[] = {{u"Tokyo", "Asia/Tokyo"}, {u"Osaka", "Asia/Tokyo"}};

constexpr const char16_t *ngGiven[] = {u"Oluwaseun", u"Chiamaka", u"Emeka", u"Ngozi", u"Tunde", u"Folake", u"Chidi", u"Adaeze", u"Ifeanyi", u"Yetunde"};
constexpr const char16_t *ngFamily[] = {u"Adeyemi", u"Okafor", u"Balogun", u"Eze", u"Nwosu", u"Adebayo", u"Okonkwo", u"Ogunleye"};
constexpr Place ngPlaces[] = {{u"Lagos", "Africa/Lagos"}, {u"Abuja", "Africa/Lagos"}};

constexpr const char16_t *esGiven[] = {u"María", u"José", u"Lucía", u"Alejandro", u"Sofía", u"Javier", u"Carmen", u"Diego", u"Valentina", u"Mateo"};
constexpr const char16_t *esFamily[] = {u"García", u"Fernández", u"López", u"Martínez", u"Rodríguez", u"Sánchez", u"Pérez", u"Gómez", u"Hernández"};
constexpr Place esPlaces[] = {{u"Madrid", "Europe/Madrid"}, {u"Mexico City", "America/Mexico_City"}, {u"Buenos Aires", "America/Argentina/Buenos_Aires"}};

constexpr const char16_t *vnGiven[] = {u"Văn An", u"Thị Lan", u"Minh Anh", u"Quốc Bảo", u"Thu Trang", u"Đức Huy", u"Ngọc Mai", u"Hoàng Long"};
constexpr const char16_t *vnFamily[] = {u"Nguyễn", u"Trần", u"Lê", u"Phạm", u"Hoàng", u"Võ", u"Đặng", u"Bùi"};
constexpr Place vnPlaces[] = {{u"Ho Chi Minh City", "Asia/Ho_Chi_Minh"}, {u"Hanoi", "Asia/Ho_Chi_Minh"}};

constexpr const char16_t *inGiven[] = {u"Priya", u"Arjun", u"Ananya", u"Rahul", u"Kavya", u"Vikram", u"Divya", u"Rohan", u"Sneha", u"Aditya"};
constexpr const char16_t *inFamily[] = {u"Sharma", u"Patel", u"Iyer", u"Reddy", u"Nair", u"Gupta", u"Singh", u"Menon", u"Krishnan"};
constexpr Place inPlaces[] = {{u"Bengaluru", "Asia/Kolkata"}, {u"Pune", "Asia/Kolkata"}, {u"Hyderabad", "Asia/Kolkata"}};

constexpr const char16_t *nordicGiven[] = {u"Lars", u"Ingrid", u"Erik", u"Astrid", u"Nils", u"Freja", u"Magnus", u"Sigrid", u"Oskar", u"Maja"};
constexpr const char16_t *nordicFamily[] = {u"Johansson", u"Andersson", u"Nilsson", u"Larsen", u"Hansen", u"Lindqvist", u"Berg", u"Sørensen"};
constexpr Place nordicPlaces[] = {{u"Stockholm", "Europe/Stockholm"}, {u"Oslo", "Europe/Oslo"}, {u"Copenhagen", "Europe/Copenhagen"}};

constexpr const char16_t *arGiven[] = {u"Fatima", u"Omar", u"Layla", u"Youssef", u"Amira", u"Khalid", u"Noor", u"Hassan", u"Salma", u"Tariq"};
constexpr const char16_t *arFamily[] = {u"Al-Sayed", u"Haddad", u"Mansour", u"Khalil", u"Nasser", u"Al-Farsi", u"Saleh", u"Aziz"};
constexpr Place arPlaces[] = {{u"Dubai", "Asia/Dubai"}, {u"Cairo", "Africa/Cairo"}, {u"Amman", "Asia/Amman"}};

constexpr const char16_t *ptGiven[] = {u"Mateus", u"Ana", u"João", u"Beatriz", u"Gabriel", u"Juliana", u"Rafael", u"Camila", u"Thiago", u"Larissa"};
constexpr const char16_t *ptFamily[] = {u"Oliveira", u"Silva", u"Santos", u"Souza", u"Costa", u"Pereira", u"Almeida", u"Ferreira"};
constexpr Place ptPlaces[] = {{u"São Paulo", "America/Sao_Paulo"}, {u"Lisbon", "Europe/Lisbon"}, {u"Rio de Janeiro", "America/Sao_Paulo"}};

constexpr const char16_t *zaGiven[] = {u"Zanele", u"Thabo", u"Nomvula", u"Sipho", u"Lindiwe", u"Bongani", u"Thandeka", u"Mandla", u"Ayanda", u"Lwazi"};
constexpr const char16_t *zaFamily[] = {u"Dlamini", u"Nkosi", u"Ndlovu", u"Mokoena", u"Khumalo", u"Zulu", u"Mahlangu", u"Sithole"};
constexpr Place zaPlaces[] = {{u"Johannesburg", "Africa/Johannesburg"}, {u"Cape Town", "Africa/Johannesburg"}};

constexpr const char16_t *plGiven[] = {u"Wojciech", u"Agnieszka", u"Piotr", u"Katarzyna", u"Tomasz", u"Magdalena", u"Krzysztof", u"Zofia", u"Łukasz", u"Małgorzata"};
constexpr const char16_t *plFamily[] = {u"Kowalski", u"Nowak", u"Wiśniewski", u"Wójcik", u"Kamiński", u"Lewandowski", u"Zieliński", u"Szymański"};
constexpr Place plPlaces[] = {{u"Warsaw", "Europe/Warsaw"}, {u"Kraków", "Europe/Warsaw"}};

constexpr const char16_t *cnGiven[] = {u"Wei", u"Xiuying", u"Jun", u"Lina", u"Hao", u"Meilin", u"Zhiwei", u"Yan", u"Jing", u"Yichen"};
constexpr const char16_t *cnFamily[] = {u"Zhang", u"Wang", u"Li", u"Liu", u"Chen", u"Yang", u"Huang", u"Zhao"};
constexpr Place cnPlaces[] = {{u"Shanghai", "Asia/Shanghai"}, {u"Singapore", "Asia/Singapore"}, {u"Taipei", "Asia/Taipei"}};

constexpr const char16_t *krGiven[] = {u"Ji-woo", u"Min-jun", u"Seo-yeon", u"Do-yun", u"Ha-eun", u"Jae-won", u"Su-bin", u"Hyun-woo"};
constexpr const char16_t *krFamily[] = {u"Kim", u"Lee", u"Park", u"Choi", u"Jung", u"Kang", u"Cho", u"Yoon"};
constexpr Place krPlaces[] = {{u"Seoul", "Asia/Seoul"}, {u"Busan", "Asia/Seoul"}};

constexpr const char16_t *enGiven[] = {u"Emily", u"James", u"Olivia", u"Michael", u"Charlotte", u"Daniel", u"Grace", u"William", u"Chloe", u"Benjamin"};
constexpr const char16_t *enFamily[] = {u"Smith", u"Johnson", u"Williams", u"Brown", u"Taylor", u"Wilson", u"Thompson", u"O'Connor"};
constexpr Place enPlaces[] = {{u"San Francisco", "America/Los_Angeles"}, {u"New York", "America/New_York"}, {u"London", "Europe/London"}, {u"Sydney", "Australia/Sydney"}, {u"Austin", "America/Chicago"}, {u"Toronto", "America/Toronto"}};

constexpr const char16_t *deGiven[] = {u"Lukas", u"Hannah", u"Jonas", u"Léa", u"Felix", u"Chloé", u"Maximilian", u"Camille", u"Élodie", u"Jürgen"};
constexpr const char16_t *deFamily[] = {u"Müller", u"Schmidt", u"Schneider", u"Dubois", u"Lefèvre", u"Moreau", u"Fischer", u"Weber"};
constexpr Place dePlaces[] = {{u"Berlin", "Europe/Berlin"}, {u"Paris", "Europe/Paris"}, {u"Munich", "Europe/Berlin"}};

constexpr const char16_t *trGiven[] = {u"Elif", u"Mehmet", u"Zeynep", u"Mustafa", u"Ayşe", u"Emre", u"Selin", u"Burak"};
constexpr const char16_t *trFamily[] = {u"Yılmaz", u"Kaya", u"Demir", u"Şahin", u"Çelik", u"Öztürk", u"Aydın", u"Arslan"};
constexpr Place trPlaces[] = {{u"Istanbul", "Europe/Istanbul"}, {u"Ankara", "Europe/Istanbul"}};

constexpr const char16_t *uaGiven[] = {u"Olena", u"Dmytro", u"Iryna", u"Andriy", u"Oksana", u"Taras", u"Natalia", u"Bohdan"};
constexpr const char16_t *uaFamily[] = {u"Shevchenko", u"Kovalenko", u"Bondarenko", u"Tkachenko", u"Melnyk", u"Kravchenko", u"Boyko", u"Polishchuk"};
constexpr Place uaPlaces[] = {{u"Kyiv", "Europe/Kyiv"}, {u"Lviv", "Europe/Kyiv"}};

constexpr Culture cultureTable[] = {
    {jpGiven, jpFamily, jpPlaces, false, 7},       {ngGiven, ngFamily, ngPlaces, false, 6},
    {esGiven, esFamily, esPlaces, false, 9},       {vnGiven, vnFamily, vnPlaces, true, 5},
    {inGiven, inFamily, inPlaces, false, 12},      {nordicGiven, nordicFamily, nordicPlaces, false, 6},
    {arGiven, arFamily, arPlaces, false, 6},       {ptGiven, ptFamily, ptPlaces, false, 7},
    {zaGiven, zaFamily, zaPlaces, false, 5},       {plGiven, plFamily, plPlaces, false, 6},
    {cnGiven, cnFamily, cnPlaces, false, 8},       {krGiven, krFamily, krPlaces, false, 5},
    {enGiven, enFamily, enPlaces, false, 14},      {deGiven, deFamily, dePlaces, false, 8},
    {trGiven, trFamily, trPlaces, false, 4},       {uaGiven, uaFamily, uaPlaces, false, 4},
};

constexpr const char16_t *engTitles[] = {u"Software Engineer", u"Senior Software Engineer", u"Staff Engineer", u"Engineering Manager", u"QA Engineer", u"DevOps Engineer", u"Frontend Engineer"};
constexpr const char16_t *rndTitles[] = {u"Robotics Engineer", u"Controls Engineer", u"Research Scientist", u"Mechanical Engineer", u"Perception Engineer"};
constexpr const char16_t *mfgTitles[] = {u"Manufacturing Engineer", u"Production Technician", u"Supply Chain Planner", u"Quality Inspector"};
constexpr const char16_t *salesTitles[] = {u"Account Executive", u"Sales Engineer", u"Sales Development Representative", u"Regional Sales Director"};
constexpr const char16_t *supportTitles[] = {u"Support Engineer", u"Support Team Lead", u"Customer Success Manager", u"Field Service Technician"};
constexpr const char16_t *productTitles[] = {u"Product Manager", u"Product Designer", u"UX Researcher", u"Technical Writer"};
constexpr const char16_t *marketingTitles[] = {u"Marketing Manager", u"Content Strategist", u"Growth Analyst", u"Brand Designer"};
constexpr const char16_t *itTitles[] = {u"IT Administrator", u"Security Engineer", u"Systems Administrator", u"IT Support Specialist"};
constexpr const char16_t *financeTitles[] = {u"Financial Analyst", u"Accountant", u"Controller", u"Payroll Specialist"};
constexpr const char16_t *peopleTitles[] = {u"HR Business Partner", u"Recruiter", u"People Operations Specialist", u"Learning and Development Lead"};
constexpr const char16_t *legalTitles[] = {u"Legal Counsel", u"Paralegal", u"Compliance Officer"};
constexpr const char16_t *opsTitles[] = {u"Operations Manager", u"Office Manager", u"Program Manager"};

constexpr Department departmentTable[] = {
    {u"Engineering", engTitles, 25},    {u"Robotics R&D", rndTitles, 12},   {u"Manufacturing", mfgTitles, 10},
    {u"Sales", salesTitles, 10},        {u"Customer Support", supportTitles, 9}, {u"Product", productTitles, 7},
    {u"Marketing", marketingTitles, 6}, {u"IT", itTitles, 5},               {u"Finance", financeTitles, 5},
    {u"People", peopleTitles, 5},       {u"Legal", legalTitles, 2},         {u"Operations", opsTitles, 4},
};
// clang-format on

} // namespace

std::span<const Culture> cultures()
{
    return cultureTable;
}

std::span<const Department> departments()
{
    return departmentTable;
}

} // namespace sandbox
