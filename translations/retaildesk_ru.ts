<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>main</name>
        <message>
            <source>RetailDesk</source>
            <translation>RetailDesk</translation>
        </message>
        <message>
            <source>RetailDesk connects a MODX miniShop2 shop to RetailCRM.</source>
            <translation>RetailDesk подключает магазин MODX miniShop2 к RetailCRM.</translation>
        </message>
        <message>
            <source>The profile to open.</source>
            <translation>Профиль, который нужно открыть.</translation>
        </message>
        <message>
            <source>Open the demo shop with a local sandbox CRM.</source>
            <translation>Открыть демо-магазин с локальной тестовой CRM.</translation>
        </message>
        <message>
            <source>Save a screenshot to FILE once loaded, then exit.</source>
            <translation>После загрузки сохранить снимок окна в ФАЙЛ и выйти.</translation>
        </message>
        <message>
            <source>The page to show (dashboard, …).</source>
            <translation>Страница, которую нужно показать (dashboard, …).</translation>
        </message>
        <message>
            <source>Preparing the demo shop and the sandbox CRM…</source>
            <translation>Готовим демо-магазин и тестовую CRM…</translation>
        </message>
    </context>
    <context>
        <name>rd::DashboardPage</name>
        <message>
            <source>&lt;h2&gt;Connection&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Подключение&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Область</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Что проверено</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Проверить снова</translation>
        </message>
        <message>
            <source>Check the CRM and the shop database again (F5)</source>
            <translation>Снова проверить CRM и базу данных магазина (F5)</translation>
        </message>
        <message>
            <source>Checking %1 and the shop database…</source>
            <translation>Проверяем %1 и базу данных магазина…</translation>
        </message>
        <message numerus="yes">
            <source>RetailDesk can work with this profile: %n warning(s).</source>
            <translation>
                <numerusform>RetailDesk может работать с этим профилем: %n предупреждение.</numerusform>
                <numerusform>RetailDesk может работать с этим профилем: %n предупреждения.</numerusform>
                <numerusform>RetailDesk может работать с этим профилем: %n предупреждений.</numerusform>
            </translation>
        </message>
        <message>
            <source>RetailDesk cannot work yet: %1</source>
            <translation>RetailDesk пока не может работать: %1</translation>
        </message>
    </context>
    <context>
        <name>rd::MainWindow</name>
        <message>
            <source>RetailDesk — %1</source>
            <translation>RetailDesk — %1</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>Profile %1 · CRM %2 · site %3</source>
            <translation>Профиль %1 · CRM %2 · сайт %3</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;New profile…</source>
            <translation>&amp;Новый профиль…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Новый профиль</translation>
        </message>
        <message>
            <source>The profile was saved to %1. Open it now?</source>
            <translation>Профиль сохранён в %1. Открыть его сейчас?</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Keep this one</source>
            <translation>Остаться в текущем</translation>
        </message>
        <message>
            <source>Mappings</source>
            <translation>Соответствия</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
    </context>
    <context>
        <name>rd::MappingsPage</name>
        <message>
            <source>&lt;h2&gt;Code mappings&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Соответствие кодов&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>In the shop</source>
            <translation>В магазине</translation>
        </message>
        <message>
            <source>RetailCRM code</source>
            <translation>Код в RetailCRM</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Синхр.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>Deliveries</source>
            <translation>Доставки</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Оплаты</translation>
        </message>
        <message>
            <source>Order statuses</source>
            <translation>Статусы заказов</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Read the shop's lists and the CRM's reference lists again (F5)</source>
            <translation>Снова прочитать списки магазина и справочники CRM (F5)</translation>
        </message>
        <message>
            <source>Auto-suggest</source>
            <translation>Подобрать автоматически</translation>
        </message>
        <message>
            <source>Choose a CRM code by name for every row that has none</source>
            <translation>Подобрать код CRM по названию для каждой строки без кода</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Write the codes to the shop database and the sync choices to the profile (Ctrl+S)</source>
            <translation>Записать коды в базу данных магазина, а выбор синхронизации — в профиль (Ctrl+S)</translation>
        </message>
        <message>
            <source>Press Reload (F5) to read the shop's deliveries, payments and statuses and the CRM's reference lists.</source>
            <translation>Нажмите «Обновить» (F5), чтобы прочитать доставки, оплаты и статусы магазина и справочники CRM.</translation>
        </message>
        <message>
            <source>Add a column to the shop database?</source>
            <translation>Добавить столбец в базу данных магазина?</translation>
        </message>
        <message>
            <source>Add the column</source>
            <translation>Добавить столбец</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Reading the shop's lists and the CRM's reference lists…</source>
            <translation>Читаем списки магазина и справочники CRM…</translation>
        </message>
        <message>
            <source>CRM: %1</source>
            <translation>CRM: %1</translation>
        </message>
        <message>
            <source>Shop database: %1</source>
            <translation>База данных магазина: %1</translation>
        </message>
        <message>
            <source>The mappings cannot be shown: %1
Fix the profile on the Settings page, then press Reload (F5).</source>
            <translation>Соответствия нельзя показать: %1
Исправьте профиль на странице «Настройки» и нажмите «Обновить» (F5).</translation>
        </message>
        <message>
            <source>The shop has no deliveries, payments or statuses yet. Create them in the MODX manager (miniShop2 → Settings), then press Reload (F5).</source>
            <translation>В магазине ещё нет доставок, оплат и статусов. Создайте их в менеджере MODX (miniShop2 → Настройки) и нажмите «Обновить» (F5).</translation>
        </message>
        <message>
            <source>Choose the RetailCRM code for each row, or press Auto-suggest; then Save.</source>
            <translation>Выберите код RetailCRM для каждой строки или нажмите «Подобрать автоматически», затем «Сохранить».</translation>
        </message>
        <message>
            <source>%1 (inactive)</source>
            <translation>%1 (неактивно)</translation>
        </message>
        <message>
            <source>— not mapped —</source>
            <translation>— не сопоставлено —</translation>
        </message>
        <message>
            <source>%1 — not in the CRM</source>
            <translation>%1 — нет в CRM</translation>
        </message>
        <message>
            <source>Sync changes of this status both ways</source>
            <translation>Синхронизировать смену этого статуса в обе стороны</translation>
        </message>
        <message>
            <source>Not mapped: orders in this status keep the CRM's default status.</source>
            <translation>Не сопоставлено: заказы в этом статусе получат статус CRM по умолчанию.</translation>
        </message>
        <message>
            <source>Not mapped: orders are sent without it.</source>
            <translation>Не сопоставлено: заказы отправляются без этого поля.</translation>
        </message>
        <message>
            <source>The CRM has no code '%1': choose one of its codes from the list.</source>
            <translation>В CRM нет кода «%1»: выберите один из её кодов в списке.</translation>
        </message>
        <message>
            <source>The CRM does not allow these payment types with delivery type '%1': %2. Allow them in RetailCRM (Settings → Delivery types) or change the codes.</source>
            <translation>CRM не разрешает эти типы оплаты с типом доставки «%1»: %2. Разрешите их в RetailCRM (Настройки → Типы доставок) или измените коды.</translation>
        </message>
        <message numerus="yes">
            <source>%n unsaved change(s).</source>
            <translation>
                <numerusform>%n несохранённое изменение.</numerusform>
                <numerusform>%n несохранённых изменения.</numerusform>
                <numerusform>%n несохранённых изменений.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Suggested %n code(s) by name: check them, then Save.</source>
            <translation>
                <numerusform>По названию подобран %n код: проверьте его и сохраните.</numerusform>
                <numerusform>По названию подобрано %n кода: проверьте их и сохраните.</numerusform>
                <numerusform>По названию подобрано %n кодов: проверьте их и сохраните.</numerusform>
            </translation>
        </message>
        <message>
            <source>No convincing suggestion for the rows without a code: choose them by hand.</source>
            <translation>Для строк без кода нет надёжных вариантов: выберите коды вручную.</translation>
        </message>
        <message>
            <source>The shop database has no column for the CRM codes yet (%1). RetailDesk can add it (ALTER TABLE … ADD COLUMN, as modRetailCRM does). Add it now?</source>
            <translation>В базе данных магазина ещё нет столбца для кодов CRM (%1). RetailDesk может добавить его (ALTER TABLE … ADD COLUMN, как это делает modRetailCRM). Добавить сейчас?</translation>
        </message>
        <message>
            <source>Nothing saved: the codes need the column(s) %1. Save again and allow adding them, or install modRetailCRM.</source>
            <translation>Ничего не сохранено: для кодов нужны столбцы %1. Сохраните снова и разрешите их добавить или установите modRetailCRM.</translation>
        </message>
        <message>
            <source>The profile could not be saved: %1</source>
            <translation>Не удалось сохранить профиль: %1</translation>
        </message>
        <message>
            <source>Saved the sync choices to the profile.</source>
            <translation>Выбор синхронизации сохранён в профиль.</translation>
        </message>
        <message>
            <source>Nothing to save.</source>
            <translation>Нечего сохранять.</translation>
        </message>
        <message numerus="yes">
            <source>Writing %n code(s) to the shop database…</source>
            <translation>
                <numerusform>Записываем %n код в базу данных магазина…</numerusform>
                <numerusform>Записываем %n кода в базу данных магазина…</numerusform>
                <numerusform>Записываем %n кодов в базу данных магазина…</numerusform>
            </translation>
        </message>
        <message>
            <source>The codes could not be saved: %1</source>
            <translation>Не удалось сохранить коды: %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n code(s) to the shop database.</source>
            <translation>
                <numerusform>В базу данных магазина сохранён %n код.</numerusform>
                <numerusform>В базу данных магазина сохранено %n кода.</numerusform>
                <numerusform>В базу данных магазина сохранено %n кодов.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rd::SettingsPage</name>
        <message>
            <source>RetailCRM</source>
            <translation>RetailCRM</translation>
        </message>
        <message>
            <source>https://yourshop.retailcrm.ru</source>
            <translation>https://вашмагазин.retailcrm.ru</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Адрес:</translation>
        </message>
        <message>
            <source>&amp;Site code:</source>
            <translation>&amp;Код сайта:</translation>
        </message>
        <message>
            <source> requests/s</source>
            <translation> запросов/с</translation>
        </message>
        <message>
            <source>&amp;Rate limit:</source>
            <translation>&amp;Ограничение запросов:</translation>
        </message>
        <message>
            <source>type a new key to replace the stored one</source>
            <translation>введите новый ключ, чтобы заменить сохранённый</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API-&amp;ключ:</translation>
        </message>
        <message>
            <source>Shop database</source>
            <translation>База данных магазина</translation>
        </message>
        <message>
            <source>MySQL / MariaDB</source>
            <translation>MySQL / MariaDB</translation>
        </message>
        <message>
            <source>SQLite file</source>
            <translation>Файл SQLite</translation>
        </message>
        <message>
            <source>&amp;Database type:</source>
            <translation>&amp;Тип базы данных:</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>П&amp;орт:</translation>
        </message>
        <message>
            <source>optional, e.g. /run/mysqld/mysqld.sock</source>
            <translation>необязательно, например /run/mysqld/mysqld.sock</translation>
        </message>
        <message>
            <source>&amp;Socket:</source>
            <translation>С&amp;окет:</translation>
        </message>
        <message>
            <source>Data&amp;base:</source>
            <translation>&amp;База данных:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Пользователь:</translation>
        </message>
        <message>
            <source>type a new password to replace the stored one</source>
            <translation>введите новый пароль, чтобы заменить сохранённый</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Файл:</translation>
        </message>
        <message>
            <source>Table &amp;prefix:</source>
            <translation>П&amp;рефикс таблиц:</translation>
        </message>
        <message>
            <source>https://shop.example (for product links and pictures in the catalog)</source>
            <translation>https://shop.example (для ссылок на товары и картинок в каталоге)</translation>
        </message>
        <message>
            <source>Shop &amp;URL:</source>
            <translation>&amp;Адрес магазина:</translation>
        </message>
        <message>
            <source>kilograms</source>
            <translation>килограммы</translation>
        </message>
        <message>
            <source>grams</source>
            <translation>граммы</translation>
        </message>
        <message>
            <source>&amp;Weight unit:</source>
            <translation>&amp;Единица веса:</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <source>e.g. 2,3,4</source>
            <translation>например, 2,3,4</translation>
        </message>
        <message>
            <source>S&amp;ynced statuses:</source>
            <translation>С&amp;инхронизируемые статусы:</translation>
        </message>
        <message>
            <source>msOptionsPrice2 modifications become separate offers</source>
            <translation>Модификации msOptionsPrice2 становятся отдельными торговыми предложениями</translation>
        </message>
        <message>
            <source>Send the shop's order number as the CRM order number</source>
            <translation>Передавать номер заказа магазина как номер заказа в CRM</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Интерфейс</translation>
        </message>
        <message>
            <source>As the system (%1)</source>
            <translation>Как в системе (%1)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Check and save the settings to %1 (Ctrl+S)</source>
            <translation>Проверить и сохранить настройки в %1 (Ctrl+S)</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Настройки&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>The shop's SQLite database</source>
            <translation>База данных SQLite магазина</translation>
        </message>
        <message>
            <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
            <translation>Базы данных SQLite (*.sqlite *.sqlite3 *.db);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Stored in the keychain.</source>
            <translation>Хранится в хранилище паролей.</translation>
        </message>
        <message>
            <source>Taken from the environment (%1); it wins over the keychain.</source>
            <translation>Берётся из переменной окружения (%1); она важнее хранилища паролей.</translation>
        </message>
        <message>
            <source>Set for this session (demo).</source>
            <translation>Задан на этот сеанс (демо).</translation>
        </message>
        <message>
            <source>Not stored yet: type it above and Save.</source>
            <translation>Ещё не сохранён: введите его выше и нажмите «Сохранить».</translation>
        </message>
        <message>
            <source>The keychain cannot be read: %1</source>
            <translation>Не удаётся прочитать хранилище паролей: %1</translation>
        </message>
        <message>
            <source>Enter the address of your RetailCRM account, e.g. https://yourshop.retailcrm.ru.</source>
            <translation>Введите адрес вашего аккаунта RetailCRM, например https://вашмагазин.retailcrm.ru.</translation>
        </message>
        <message>
            <source>Nothing saved: fix the fields marked in red.</source>
            <translation>Ничего не сохранено: исправьте поля, отмеченные красным.</translation>
        </message>
        <message>
            <source>The profile could not be saved: %1</source>
            <translation>Не удалось сохранить профиль: %1</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Сохранено в %1.</translation>
        </message>
        <message>
            <source>Stored in the keychain: %1.</source>
            <translation>Сохранено в хранилище паролей: %1.</translation>
        </message>
        <message>
            <source>The new language applies fully after a restart.</source>
            <translation>Новый язык полностью применится после перезапуска.</translation>
        </message>
        <message>
            <source>Some secrets could not be stored: see the fields marked in red.</source>
            <translation>Некоторые секреты не удалось сохранить: см. поля, отмеченные красным.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-ключ</translation>
        </message>
        <message>
            <source>database password</source>
            <translation>пароль базы данных</translation>
        </message>
        <message>
            <source>msOptionsPrice2 offers</source>
            <translation>Предложения msOptionsPrice2</translation>
        </message>
        <message>
            <source>Shop order numbers in the CRM</source>
            <translation>Номера заказов магазина в CRM</translation>
        </message>
    </context>
    <context>
        <name>rd::SetupWizard</name>
        <message>
            <source>RetailDesk setup</source>
            <translation>Настройка RetailDesk</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Далее &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Назад</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Готово</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>rd::WizardCrmPage</name>
        <message>
            <source>Connect to RetailCRM</source>
            <translation>Подключение к RetailCRM</translation>
        </message>
        <message>
            <source>Enter the address of your RetailCRM account and an API key. Create a key in RetailCRM under Settings → Integration → API access keys.</source>
            <translation>Введите адрес вашего аккаунта RetailCRM и API-ключ. Ключ создаётся в RetailCRM: Настройки → Интеграция → Ключи доступа к API.</translation>
        </message>
        <message>
            <source>https://yourshop.retailcrm.ru</source>
            <translation>https://вашмагазин.retailcrm.ru</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-ключ</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Проверить подключение</translation>
        </message>
        <message>
            <source>Try the &amp;demo</source>
            <translation>Попробовать &amp;демо</translation>
        </message>
        <message>
            <source>Fill in everything for the bundled demo shop and a local sandbox CRM</source>
            <translation>Заполнить всё для встроенного демо-магазина и локальной тестовой CRM</translation>
        </message>
        <message>
            <source>CRM &amp;address:</source>
            <translation>&amp;Адрес CRM:</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API-&amp;ключ:</translation>
        </message>
        <message>
            <source>Preparing the demo shop and the sandbox CRM…</source>
            <translation>Готовим демо-магазин и тестовую CRM…</translation>
        </message>
        <message>
            <source>Enter the address of your RetailCRM account, e.g. https://yourshop.retailcrm.ru.</source>
            <translation>Введите адрес вашего аккаунта RetailCRM, например https://вашмагазин.retailcrm.ru.</translation>
        </message>
        <message>
            <source>Enter the API key. In RetailCRM: Settings → Integration → API access keys.</source>
            <translation>Введите API-ключ. В RetailCRM: Настройки → Интеграция → Ключи доступа к API.</translation>
        </message>
        <message>
            <source>Testing the connection to %1…</source>
            <translation>Проверяем подключение к %1…</translation>
        </message>
        <message numerus="yes">
            <source>Connected. The key may use %n site(s).</source>
            <translation>
                <numerusform>Подключено. Ключу доступен %n сайт.</numerusform>
                <numerusform>Подключено. Ключу доступны %n сайта.</numerusform>
                <numerusform>Подключено. Ключу доступно %n сайтов.</numerusform>
            </translation>
        </message>
        <message>
            <source>The key lacks these permissions: %1. Tick them for the key in RetailCRM (Settings → Integration → API access keys), or some features will fail.</source>
            <translation>У ключа нет этих прав: %1. Отметьте их для ключа в RetailCRM (Настройки → Интеграция → Ключи доступа к API), иначе часть функций не будет работать.</translation>
        </message>
        <message>
            <source>The demo could not start: %1</source>
            <translation>Не удалось запустить демо: %1</translation>
        </message>
        <message>
            <source>The demo is ready: the sandbox CRM runs at %1.</source>
            <translation>Демо готово: тестовая CRM работает по адресу %1.</translation>
        </message>
    </context>
    <context>
        <name>rd::WizardFinishPage</name>
        <message>
            <source>Save the profile</source>
            <translation>Сохранение профиля</translation>
        </message>
        <message>
            <source>RetailDesk keeps these settings in a profile file; the API key and the database password go to the system keychain, never into the file.</source>
            <translation>RetailDesk хранит эти настройки в файле профиля; API-ключ и пароль базы данных попадают в системное хранилище паролей и никогда — в файл.</translation>
        </message>
        <message>
            <source>Profile &amp;file:</source>
            <translation>&amp;Файл профиля:</translation>
        </message>
        <message>
            <source>SQLite file %1</source>
            <translation>файл SQLite %1</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 на %2</translation>
        </message>
        <message>
            <source>CRM: %1, site %2
Shop database: %3, table prefix "%4"</source>
            <translation>CRM: %1, сайт %2
База данных магазина: %3, префикс таблиц «%4»</translation>
        </message>
        <message>
            <source>Enter the file to save the profile to, e.g. %1.</source>
            <translation>Укажите файл, в который сохранить профиль, например %1.</translation>
        </message>
        <message>
            <source>The profile was saved, but the API key could not be stored in the keychain: %1</source>
            <translation>Профиль сохранён, но API-ключ не удалось сохранить в хранилище паролей: %1</translation>
        </message>
        <message>
            <source>The profile was saved, but the database password could not be stored in the keychain: %1</source>
            <translation>Профиль сохранён, но пароль базы данных не удалось сохранить в хранилище паролей: %1</translation>
        </message>
    </context>
    <context>
        <name>rd::WizardShopPage</name>
        <message>
            <source>Connect to the shop database</source>
            <translation>Подключение к базе данных магазина</translation>
        </message>
        <message>
            <source>The MODX database with miniShop2. RetailDesk reads customers, orders and the catalog from it and writes only the CRM codes and status changes.</source>
            <translation>База данных MODX с miniShop2. RetailDesk читает из неё клиентов, заказы и каталог, а записывает только коды CRM и смену статусов.</translation>
        </message>
        <message>
            <source>MySQL / MariaDB</source>
            <translation>MySQL / MariaDB</translation>
        </message>
        <message>
            <source>SQLite file</source>
            <translation>Файл SQLite</translation>
        </message>
        <message>
            <source>optional, e.g. /run/mysqld/mysqld.sock</source>
            <translation>необязательно, например /run/mysqld/mysqld.sock</translation>
        </message>
        <message>
            <source>stored in the keychain</source>
            <translation>хранится в хранилище паролей</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Проверить</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Порт:</translation>
        </message>
        <message>
            <source>&amp;Database type:</source>
            <translation>&amp;Тип базы данных:</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <source>&amp;Socket:</source>
            <translation>С&amp;окет:</translation>
        </message>
        <message>
            <source>Data&amp;base:</source>
            <translation>&amp;База данных:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Пользователь:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Файл:</translation>
        </message>
        <message>
            <source>Table &amp;prefix:</source>
            <translation>П&amp;рефикс таблиц:</translation>
        </message>
        <message>
            <source>The shop's SQLite database</source>
            <translation>База данных SQLite магазина</translation>
        </message>
        <message>
            <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
            <translation>Базы данных SQLite (*.sqlite *.sqlite3 *.db);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Enter the database server's host name or IP address (e.g. 127.0.0.1), or a socket path below.</source>
            <translation>Введите имя или IP-адрес сервера базы данных (например, 127.0.0.1) или путь к сокету ниже.</translation>
        </message>
        <message>
            <source>Enter the name of the MODX database (see core/config/config.inc.php, $dbase).</source>
            <translation>Введите имя базы данных MODX (см. core/config/config.inc.php, $dbase).</translation>
        </message>
        <message>
            <source>Enter the database user (see core/config/config.inc.php, $database_user).</source>
            <translation>Введите пользователя базы данных (см. core/config/config.inc.php, $database_user).</translation>
        </message>
        <message>
            <source>Choose the shop's SQLite database file.</source>
            <translation>Выберите файл базы данных SQLite магазина.</translation>
        </message>
        <message>
            <source>The table prefix may hold only Latin letters, digits and '_', at most 32 characters (e.g. modx_).</source>
            <translation>Префикс таблиц может содержать только латинские буквы, цифры и «_», не более 32 символов (например, modx_).</translation>
        </message>
        <message>
            <source>Connecting to the shop database…</source>
            <translation>Подключаемся к базе данных магазина…</translation>
        </message>
        <message>
            <source>Connected: %1.</source>
            <translation>Подключено: %1.</translation>
        </message>
        <message>
            <source>The miniShop2 version could not be told from the tables: check the prefix.</source>
            <translation>По таблицам не удалось определить версию miniShop2: проверьте префикс.</translation>
        </message>
        <message>
            <source>miniShop2 %1 found.</source>
            <translation>Найден miniShop2 %1.</translation>
        </message>
        <message>
            <source>Add-ons: none found (msOptionsPrice2, msPromoCode are optional).</source>
            <translation>Дополнения не найдены (msOptionsPrice2 и msPromoCode необязательны).</translation>
        </message>
        <message>
            <source>Add-ons found: %1.</source>
            <translation>Найдены дополнения: %1.</translation>
        </message>
        <message>
            <source>The CRM code columns of modRetailCRM exist.</source>
            <translation>Столбцы кодов CRM (modRetailCRM) есть.</translation>
        </message>
        <message>
            <source>The CRM code columns (modRetailCRM) are missing: the Mappings page will offer to add them when you save codes.</source>
            <translation>Столбцов кодов CRM (modRetailCRM) нет: страница «Соответствия» предложит добавить их при сохранении кодов.</translation>
        </message>
    </context>
    <context>
        <name>rd::WizardSitePage</name>
        <message>
            <source>Choose the CRM site</source>
            <translation>Выбор сайта в CRM</translation>
        </message>
        <message>
            <source>Orders and customers of the shop go to this RetailCRM site (store).</source>
            <translation>Заказы и клиенты магазина попадут в этот сайт (магазин) RetailCRM.</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Сайт:</translation>
        </message>
        <message>
            <source>The API key may not use any site. In RetailCRM, allow at least one site for this key (Settings → Integration → API access keys), then go back and test again.</source>
            <translation>Ключу API не доступен ни один сайт. В RetailCRM разрешите ключу хотя бы один сайт (Настройки → Интеграция → Ключи доступа к API), затем вернитесь назад и проверьте снова.</translation>
        </message>
        <message numerus="yes">
            <source>%n more site(s) exist that this key may not use.</source>
            <translation>
                <numerusform>Есть ещё %n сайт, недоступный этому ключу.</numerusform>
                <numerusform>Есть ещё %n сайта, недоступных этому ключу.</numerusform>
                <numerusform>Есть ещё %n сайтов, недоступных этому ключу.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a site. If the list is empty, allow a site for the API key in RetailCRM.</source>
            <translation>Выберите сайт. Если список пуст, разрешите сайт для API-ключа в RetailCRM.</translation>
        </message>
    </context>
</TS>
