<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>SearchCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Выберите папку, в которую можно записывать.</translation>
    </message>
    <message>
        <source>Check the free disk space or choose another folder.</source>
        <translation>Проверьте свободное место на диске или выберите другую папку.</translation>
    </message>
</context>
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
    <name>rd::CrmSearchPage</name>
    <message>
        <source>&lt;h2&gt;Search&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Поиск&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>What to look for in the CRM</source>
        <translation>Что искать в CRM</translation>
    </message>
    <message>
        <source>Which field the text is; “Any” guesses from the text</source>
        <translation>В каком поле искать текст; «Любое» определяет поле по самому тексту</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Search the CRM (Enter); F5 runs the search again</source>
        <translation>Искать в CRM (Enter); F5 повторяет поиск</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Выберите строку, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Загрузить ещё</translation>
    </message>
    <message>
        <source>Load the next page of results (also when you scroll to the end)</source>
        <translation>Загрузить следующую страницу результатов (также при прокрутке до конца)</translation>
    </message>
    <message>
        <source>Open in RetailCRM</source>
        <translation>Открыть в RetailCRM</translation>
    </message>
    <message>
        <source>Open the selected order or customer in the CRM's web interface (double-click a row)</source>
        <translation>Открыть выбранный заказ или клиента в веб-интерфейсе CRM (двойной щелчок по строке)</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Копировать ID</translation>
    </message>
    <message>
        <source>Copy the CRM ids of the selected rows (order numbers for orders)</source>
        <translation>Скопировать ID выбранных строк в CRM (для заказов — номера)</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Копировать строки</translation>
    </message>
    <message>
        <source>Copy the selected rows as a table you can paste into a spreadsheet (Ctrl+C)</source>
        <translation>Скопировать выбранные строки таблицей, которую можно вставить в Excel (Ctrl+C)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Save every loaded row to a CSV file that Excel and LibreOffice open</source>
        <translation>Сохранить все загруженные строки в CSV-файл, который открывается в Excel и LibreOffice</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любое</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Order number, phone, e-mail or customer name (Ctrl+F)</source>
        <translation>Номер заказа, телефон, e-mail или имя клиента (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>person</comment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Name, phone or e-mail (Ctrl+F)</source>
        <translation>Имя, телефон или e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>product</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product name or article (Ctrl+F)</source>
        <translation>Название товара или артикул (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type an order number, a phone, an e-mail or a customer's name above and press Enter.
Press Enter with an empty box to list every order of the site.</source>
        <translation>Введите выше номер заказа, телефон, e-mail или имя клиента и нажмите Enter.
Нажмите Enter с пустым полем, чтобы показать все заказы магазина.</translation>
    </message>
    <message>
        <source>Type a customer's name, phone or e-mail above and press Enter.
Press Enter with an empty box to list every customer.</source>
        <translation>Введите выше имя клиента, телефон или e-mail и нажмите Enter.
Нажмите Enter с пустым полем, чтобы показать всех клиентов.</translation>
    </message>
    <message>
        <source>Type a product name or an article above and press Enter.
Press Enter with an empty box to list the whole catalog.</source>
        <translation>Введите выше название товара или артикул и нажмите Enter.
Нажмите Enter с пустым полем, чтобы показать весь каталог.</translation>
    </message>
    <message>
        <source>Products have no page of their own in the CRM; open their orders instead</source>
        <translation>У товаров нет своей страницы в CRM; откройте их заказы</translation>
    </message>
    <message>
        <source>Searching the CRM…</source>
        <translation>Поиск в CRM…</translation>
    </message>
    <message>
        <source>Loading page %1 of %2…</source>
        <translation>Загрузка страницы %1 из %2…</translation>
    </message>
    <message>
        <source>Check the CRM address, the site and the API key on the Settings page, then search again.</source>
        <translation>Проверьте адрес CRM, магазин и API-ключ на странице «Настройки» и повторите поиск.</translation>
    </message>
    <message>
        <source>Change the search text or the field, then search again.</source>
        <translation>Измените текст или поле поиска и повторите поиск.</translation>
    </message>
    <message>
        <source>Check the connection on the Dashboard page, then press Search (or F5) again.</source>
        <translation>Проверьте подключение на странице «Обзор» и снова нажмите «Найти» (или F5).</translation>
    </message>
    <message>
        <source>The search failed: %1
%2</source>
        <translation>Поиск не удался: %1
%2</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Поиск не удался.</translation>
    </message>
    <message>
        <source>Check the spelling, choose the field (e.g. E-mail or Phone) instead of “Any”, or search Customers.</source>
        <translation>Проверьте написание, выберите поле (например, E-mail или Телефон) вместо «Любое» или ищите среди клиентов.</translation>
    </message>
    <message>
        <source>Check the spelling, or try a part of the name, the phone's last digits or the e-mail.</source>
        <translation>Проверьте написание или попробуйте часть имени, последние цифры телефона или e-mail.</translation>
    </message>
    <message>
        <source>Check the spelling, or search by article. If the catalog is empty, upload it on the Uploads page.</source>
        <translation>Проверьте написание или ищите по артикулу. Если каталог пуст, выгрузите его на странице «Выгрузки».</translation>
    </message>
    <message>
        <source>The CRM has nothing of this kind for the site %1 yet.</source>
        <translation>В CRM пока нет таких данных для магазина %1.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n found.</source>
        <translation>
            <numerusform>%1 из %n найденного.</numerusform>
            <numerusform>%1 из %n найденных.</numerusform>
            <numerusform>%1 из %n найденных.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scroll down or press Load more for the rest.</source>
        <translation>Прокрутите вниз или нажмите «Загрузить ещё», чтобы увидеть остальное.</translation>
    </message>
    <message>
        <source>No web browser could open %1. Copy the address into a browser.</source>
        <translation>Не удалось открыть %1 в браузере. Скопируйте адрес в браузер.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>Скопирован %n ID.</numerusform>
            <numerusform>Скопировано %n ID.</numerusform>
            <numerusform>Скопировано %n ID.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s); paste them into a spreadsheet or a message.</source>
        <translation>
            <numerusform>Скопирована %n строка; вставьте её в таблицу или сообщение.</numerusform>
            <numerusform>Скопировано %n строки; вставьте их в таблицу или сообщение.</numerusform>
            <numerusform>Скопировано %n строк; вставьте их в таблицу или сообщение.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The CSV file was not saved: %1</source>
        <translation>CSV-файл не сохранён: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n loaded row(s) were saved: press Load more first to include the rest.</source>
        <translation>
            <numerusform>Сохранена только %n загруженная строка: чтобы сохранить остальные, сначала нажмите «Загрузить ещё».</numerusform>
            <numerusform>Сохранены только %n загруженные строки: чтобы сохранить остальные, сначала нажмите «Загрузить ещё».</numerusform>
            <numerusform>Сохранены только %n загруженных строк: чтобы сохранить остальные, сначала нажмите «Загрузить ещё».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n строка сохранена в %1.</numerusform>
            <numerusform>%n строки сохранены в %1.</numerusform>
            <numerusform>%n строк сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>ID в CRM</translation>
    </message>
    <message>
        <source>Shop id</source>
        <translation>ID в магазине</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Нет товаров.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Оплаты</translation>
    </message>
    <message>
        <source>No payments.</source>
        <translation>Нет оплат.</translation>
    </message>
    <message>
        <source>Open the customer in RetailCRM</source>
        <translation>Открыть клиента в RetailCRM</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>The CSV file was not saved: a page of results could not be loaded. %1</source>
        <translation>Файл CSV не сохранён: не удалось загрузить страницу результатов. %1</translation>
    </message>
    <message>
        <source>%1 of %2 results are loaded. Load the rest from the CRM and save them all?</source>
        <translation>Загружено %1 из %2 результатов. Загрузить остальные из CRM и сохранить все?</translation>
    </message>
    <message>
        <source>Load all and save</source>
        <translation>Загрузить все и сохранить</translation>
    </message>
    <message>
        <source>Save the loaded rows</source>
        <translation>Сохранить загруженные строки</translation>
    </message>
    <message>
        <source>Show the orders of this customer</source>
        <translation>Показать заказы этого клиента</translation>
    </message>
</context>
<context>
    <name>rd::DashboardPage</name>
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
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Show or hide every check</source>
        <translation>Показать или скрыть все проверки</translation>
    </message>
    <message>
        <source>Shop and CRM</source>
        <translation>Магазин и CRM</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Последний %n день</numerusform>
            <numerusform>Последние %n дня</numerusform>
            <numerusform>Последние %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No uploads or sync rounds in the last %n day(s). Press “Sync now”, or start an upload on the Uploads page.</source>
        <translation>
            <numerusform>За последний %n день не было выгрузок и синхронизаций. Нажмите «Синхронизировать», или запустите выгрузку на странице «Выгрузки».</numerusform>
            <numerusform>За последние %n дня не было выгрузок и синхронизаций. Нажмите «Синхронизировать», или запустите выгрузку на странице «Выгрузки».</numerusform>
            <numerusform>За последние %n дней не было выгрузок и синхронизаций. Нажмите «Синхронизировать», или запустите выгрузку на странице «Выгрузки».</numerusform>
        </translation>
    </message>
    <message>
        <source>Last runs</source>
        <translation>Последние запуски</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Send new customers, orders and status changes to the CRM and bring the CRM's status changes into the shop (one sync round)</source>
        <translation>Отправить в CRM новых клиентов, заказы и смены статусов и перенести смены статусов из CRM в магазин (один цикл синхронизации)</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Синхронизировать автоматически каждые</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Starting a sync round…</source>
        <translation>Запуск цикла синхронизации…</translation>
    </message>
    <message>
        <source>Could not sync: %1</source>
        <translation>Синхронизация не удалась: %1</translation>
    </message>
    <message>
        <source>Sync round running…</source>
        <translation>Идёт цикл синхронизации…</translation>
    </message>
    <message>
        <source>Sync at %1 stopped: %2</source>
        <translation>Синхронизация в %1 остановлена: %2</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n order(s) sent</source>
        <translation>
            <numerusform>Синхронизировано в %1: отправлен %n заказ</numerusform>
            <numerusform>Синхронизировано в %1: отправлено %n заказа</numerusform>
            <numerusform>Синхронизировано в %1: отправлено %n заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s)</source>
        <translation>
            <numerusform>%n смена статуса</numerusform>
            <numerusform>%n смены статуса</numerusform>
            <numerusform>%n смен статуса</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (retried next round)</source>
        <translation>
            <numerusform>%n с ошибкой (повтор в следующем цикле)</numerusform>
            <numerusform>%n с ошибкой (повтор в следующем цикле)</numerusform>
            <numerusform>%n с ошибкой (повтор в следующем цикле)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next automatic sync at %1.</source>
        <translation>Следующая автоматическая синхронизация в %1.</translation>
    </message>
    <message>
        <source>In the shop</source>
        <translation>В магазине</translation>
    </message>
    <message>
        <source>In the CRM</source>
        <translation>В CRM</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) failed: see their reasons and retry them on the Uploads page.</source>
        <translation>
            <numerusform>%n заказ не выгружен: посмотрите причину и повторите на странице «Выгрузки».</numerusform>
            <numerusform>%n заказа не выгружены: посмотрите причины и повторите на странице «Выгрузки».</numerusform>
            <numerusform>%n заказов не выгружены: посмотрите причины и повторите на странице «Выгрузки».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) failed: see their reasons and retry them on the Uploads page.</source>
        <translation>
            <numerusform>%n клиент не выгружен: посмотрите причину и повторите на странице «Выгрузки».</numerusform>
            <numerusform>%n клиента не выгружены: посмотрите причины и повторите на странице «Выгрузки».</numerusform>
            <numerusform>%n клиентов не выгружены: посмотрите причины и повторите на странице «Выгрузки».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s) waiting to reach the CRM: the next sync round retries them.</source>
        <translation>
            <numerusform>%n смена статуса ждёт отправки в CRM: следующий цикл синхронизации повторит её.</numerusform>
            <numerusform>%n смены статуса ждут отправки в CRM: следующий цикл синхронизации повторит их.</numerusform>
            <numerusform>%n смен статуса ждут отправки в CRM: следующий цикл синхронизации повторит их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CRM status change(s) waiting to reach the shop: the next sync round retries them.</source>
        <translation>
            <numerusform>%n смена статуса из CRM ждёт переноса в магазин: следующий цикл синхронизации повторит её.</numerusform>
            <numerusform>%n смены статуса из CRM ждут переноса в магазин: следующий цикл синхронизации повторит их.</numerusform>
            <numerusform>%n смен статуса из CRM ждут переноса в магазин: следующий цикл синхронизации повторит их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Ничто не требует внимания.</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Требует внимания:</translation>
    </message>
    <message>
        <source>Orders sent</source>
        <translation>Отправлено заказов</translation>
    </message>
    <message>
        <source>Statuses synced</source>
        <translation>Синхронизировано статусов</translation>
    </message>
    <message>
        <source>Sync round</source>
        <translation>Цикл синхронизации</translation>
    </message>
    <message>
        <source>Upload orders</source>
        <translation>Выгрузка заказов</translation>
    </message>
    <message>
        <source>Upload customers</source>
        <translation>Выгрузка клиентов</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>finished with failures</source>
        <translation>завершено с ошибками</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>Nothing has run yet.</source>
        <translation>Ещё ничего не запускалось.</translation>
    </message>
</context>
<context>
    <name>rd::LogPage</name>
    <message>
        <source>&lt;h2&gt;Log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Журнал&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Filter: words in any column (an order number, orders/upload, 503…)</source>
        <translation>Фильтр: слова в любом столбце (номер заказа, orders/upload, 503…)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>CRM requests</source>
        <translation>Запросы к CRM</translation>
    </message>
    <message>
        <source>Failed CRM requests</source>
        <translation>Неудачные запросы к CRM</translation>
    </message>
    <message>
        <source>Upload and sync runs</source>
        <translation>Выгрузки и синхронизации</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the run history again (F5); requests appear by themselves</source>
        <translation>Перечитать историю запусков (F5); запросы появляются сами</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>CRM requests of this session (the API key is never shown) and the upload and sync runs of this profile.</source>
        <translation>Запросы к CRM в этом сеансе (API-ключ никогда не показывается) и выгрузки и синхронизации этого профиля.</translation>
    </message>
    <message>
        <source>The run history cannot be read: %1</source>
        <translation>Не удалось прочитать историю запусков: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source> · retrying</source>
        <translation> · повтор</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source> · attempt %1</source>
        <translation> · попытка %1</translation>
    </message>
    <message>
        <source>CRM request failed</source>
        <translation>Запрос к CRM не удался</translation>
    </message>
    <message>
        <source>CRM request</source>
        <translation>Запрос к CRM</translation>
    </message>
    <message>
        <source>Upload of customers</source>
        <translation>Выгрузка клиентов</translation>
    </message>
    <message>
        <source>Upload of orders</source>
        <translation>Выгрузка заказов</translation>
    </message>
    <message>
        <source>Sync round</source>
        <translation>Цикл синхронизации</translation>
    </message>
    <message>
        <source>read %1: sent %2, skipped %3, failed %4</source>
        <translation>прочитано %1: отправлено %2, пропущено %3, с ошибкой %4</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>finished with failed items</source>
        <translation>завершено, есть ошибки</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>остановлено из-за ошибки</translation>
    </message>
    <message>
        <source>took %1 s</source>
        <translation>заняло %1 с</translation>
    </message>
    <message>
        <source>Nothing logged yet.

CRM requests appear here as soon as RetailDesk talks to the CRM (open the Dashboard, run an upload or a search). Upload and sync runs of this profile appear once one has run (Uploads page).</source>
        <translation>Журнал пока пуст.

Запросы к CRM появляются здесь, как только RetailDesk обращается к CRM (откройте «Обзор», запустите выгрузку или поиск). Выгрузки и синхронизации этого профиля появятся после первого запуска (страница «Выгрузки»).</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown. CRM requests of this session (the API key is never shown) and the upload and sync runs of this profile.</source>
        <translation>
            <numerusform>Показана %n запись. Запросы к CRM в этом сеансе (API-ключ никогда не показывается) и выгрузки и синхронизации этого профиля.</numerusform>
            <numerusform>Показано %n записи. Запросы к CRM в этом сеансе (API-ключ никогда не показывается) и выгрузки и синхронизации этого профиля.</numerusform>
            <numerusform>Показано %n записей. Запросы к CRM в этом сеансе (API-ключ никогда не показывается) и выгрузки и синхронизации этого профиля.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches the filter.

Clear the filter text or choose “Everything”.</source>
        <translation>Ничего не подходит под фильтр.

Очистите текст фильтра или выберите «Всё».</translation>
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
    <message>
        <source>Uploads</source>
        <translation>Выгрузки</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation>Быстрые действия</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
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
    <name>rd::QuickActionsPage</name>
    <message>
        <source>&lt;h2&gt;Quick actions&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Быстрые действия&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Enter a contact or a one-item order straight into RetailCRM, without the shop.</source>
        <translation>Заведите контакт или заказ из одного товара прямо в RetailCRM, без магазина.</translation>
    </message>
    <message>
        <source>Last name, first name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>+7 915 123-45-67</source>
        <translation>+7 915 123-45-67</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>Создать контакт</translation>
    </message>
    <message>
        <source>Create the customer in RetailCRM</source>
        <translation>Создать клиента в RetailCRM</translation>
    </message>
    <message>
        <source>Quick order</source>
        <translation>Быстрый заказ</translation>
    </message>
    <message>
        <source>Type a product name or article to find it in the CRM catalog</source>
        <translation>Введите название товара или артикул, чтобы найти его в каталоге CRM</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Товар:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>Покупатель:</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>Создать заказ</translation>
    </message>
    <message>
        <source>Create the order (status “new”) in RetailCRM; it is tied to an existing customer with the same e-mail or phone</source>
        <translation>Создать заказ (статус «new») в RetailCRM; он будет привязан к существующему клиенту с тем же e-mail или телефоном</translation>
    </message>
    <message>
        <source>Enter the person's name, e.g. “Иванов Иван Иванович”.</source>
        <translation>Введите имя, например «Иванов Иван Иванович».</translation>
    </message>
    <message>
        <source>This is not a phone number: use digits, spaces, ( ) - and a leading +, 5 to 15 digits, e.g. +7 915 123-45-67.</source>
        <translation>Это не номер телефона: используйте цифры, пробелы, ( ) - и + в начале, от 5 до 15 цифр, например +7 915 123-45-67.</translation>
    </message>
    <message>
        <source>This is not an e-mail address: it should look like name@example.com.</source>
        <translation>Это не адрес e-mail: он должен выглядеть как name@example.com.</translation>
    </message>
    <message>
        <source>The CRM did not accept it: %1</source>
        <translation>CRM не приняла данные: %1</translation>
    </message>
    <message>
        <source>Check the CRM address, the site and the API key on the Settings page.</source>
        <translation>Проверьте адрес CRM, магазин и API-ключ на странице «Настройки».</translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation>Исправьте отмеченные поля и повторите.</translation>
    </message>
    <message>
        <source>Check the connection on the Dashboard page and try again.</source>
        <translation>Проверьте подключение на странице «Обзор» и повторите.</translation>
    </message>
    <message>
        <source>Creating the contact in the CRM…</source>
        <translation>Создание контакта в CRM…</translation>
    </message>
    <message>
        <source>Created %1 (CRM id %2).</source>
        <translation>Создан контакт %1 (ID в CRM %2).</translation>
    </message>
    <message>
        <source>Open in RetailCRM</source>
        <translation>Открыть в RetailCRM</translation>
    </message>
    <message>
        <source>Loading the CRM catalog…</source>
        <translation>Загрузка каталога CRM…</translation>
    </message>
    <message>
        <source>Looking for “%1” in the CRM catalog…</source>
        <translation>Поиск «%1» в каталоге CRM…</translation>
    </message>
    <message>
        <source>The catalog could not be searched: %1 Check the connection on the Dashboard page, then press Enter in the product field.</source>
        <translation>Не удалось найти в каталоге: %1 Проверьте подключение на странице «Обзор» и нажмите Enter в поле товара.</translation>
    </message>
    <message>
        <source>The CRM catalog is empty. Upload the catalog (Uploads page), then come back.</source>
        <translation>Каталог в CRM пуст. Выгрузите каталог (страница «Выгрузки») и вернитесь.</translation>
    </message>
    <message>
        <source>No product named “%1” or with this article. Try a part of the name.</source>
        <translation>Нет товара с названием или артикулом «%1». Попробуйте часть названия.</translation>
    </message>
    <message>
        <source>One offer found; it is chosen.</source>
        <translation>Найдено одно предложение; оно выбрано.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) found: choose the offer in the list.</source>
        <translation>
            <numerusform>Найден %n товар: выберите предложение в списке.</numerusform>
            <numerusform>Найдено %n товара: выберите предложение в списке.</numerusform>
            <numerusform>Найдено %n товаров: выберите предложение в списке.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the product: type a part of its name above and click it in the list.</source>
        <translation>Выберите товар: введите выше часть названия и щёлкните по нему в списке.</translation>
    </message>
    <message>
        <source>Creating the order in the CRM…</source>
        <translation>Создание заказа в CRM…</translation>
    </message>
    <message>
        <source>The CRM catalog no longer has this offer: search again.</source>
        <translation>В каталоге CRM больше нет этого предложения: найдите товар заново.</translation>
    </message>
    <message>
        <source>Order %1 created: %2 × %3.</source>
        <translation>Заказ %1 создан: %2 × %3.</translation>
    </message>
    <message>
        <source>Tied to the existing customer %1.</source>
        <translation>Привязан к существующему клиенту %1.</translation>
    </message>
    <message>
        <source>%1
Offer %2 (CRM id %3), in stock: %4</source>
        <translation>%1
Предложение %2 (ID в CRM %3), остаток: %4</translation>
    </message>
</context>
<context>
    <name>rd::SearchResultsModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>ID в CRM</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Внешний ID</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>product</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
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
    <name>rd::UploadsPage</name>
    <message>
        <source>&lt;h2&gt;Uploads&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Выгрузки&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Continue where the run stopped: what the CRM already has is not sent again</source>
        <translation>Продолжить с места остановки: то, что уже есть в CRM, повторно не отправляется</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Export ICML file…</source>
        <translation>Экспорт файла ICML…</translation>
    </message>
    <message>
        <source>Write the products, categories and offers as an ICML file for the CRM to load (put it where the CRM can download it)</source>
        <translation>Записать товары, категории и предложения в файл ICML для загрузки в CRM (разместите его там, откуда CRM сможет его скачать)</translation>
    </message>
    <message>
        <source>Upload stock and prices</source>
        <translation>Выгрузить остатки и цены</translation>
    </message>
    <message>
        <source>Send the stock and the prices of every offer to the CRM (the CRM must have loaded the ICML catalog first)</source>
        <translation>Отправить в CRM остатки и цены всех предложений (сначала CRM должна загрузить каталог ICML)</translation>
    </message>
    <message>
        <source>The CRM learns the products from an ICML file, then takes stock and prices for the offers it knows.</source>
        <translation>CRM узнаёт товары из файла ICML, затем принимает остатки и цены для известных ей предложений.</translation>
    </message>
    <message>
        <source>Customers and orders</source>
        <translation>Клиенты и заказы</translation>
    </message>
    <message>
        <source>Only created since</source>
        <translation>Только созданные с</translation>
    </message>
    <message>
        <source>e.g. 12, 15, 40 (empty: all)</source>
        <translation>например 12, 15, 40 (пусто — все)</translation>
    </message>
    <message>
        <source>Shop ids separated by commas: only these customers or orders are uploaded</source>
        <translation>ID в магазине через запятую: выгружаются только эти клиенты или заказы</translation>
    </message>
    <message>
        <source>Upload customers</source>
        <translation>Выгрузить клиентов</translation>
    </message>
    <message>
        <source>Upload orders</source>
        <translation>Выгрузить заказы</translation>
    </message>
    <message>
        <source>Orders bring the customers they need first; orders already in the CRM are skipped</source>
        <translation>Сначала выгружаются нужные заказам клиенты; заказы, которые уже есть в CRM, пропускаются</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>Клиенты:</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>Заказы:</translation>
    </message>
    <message>
        <source>Only these ids:</source>
        <translation>Только эти ID:</translation>
    </message>
    <message>
        <source>Nothing is running.</source>
        <translation>Ничего не выполняется.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop after the answers in flight; the journal keeps what was done, so it can resume</source>
        <translation>Остановить после уже отправленных запросов; журнал хранит сделанное, поэтому можно продолжить</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed items&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ошибки&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Shop id</source>
        <translation>ID в магазине</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Внешний ID</translation>
    </message>
    <message>
        <source>The CRM's reason</source>
        <translation>Причина от CRM</translation>
    </message>
    <message>
        <source>No failed items. When the CRM refuses a customer, an order or an offer, it is listed here with the CRM's reason; fix the cause (usually a code mapping) and press “Retry failed”.</source>
        <translation>Ошибок нет. Если CRM отклонит клиента, заказ или предложение, он появится здесь с причиной от CRM; устраните причину (обычно соответствие кодов) и нажмите «Повторить неудачные».</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Повторить неудачные</translation>
    </message>
    <message>
        <source>Send the failed items again (after fixing what the CRM complained about)</source>
        <translation>Отправить неудачные записи снова (после исправления того, на что указала CRM)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Count the shop's customers and orders and what the CRM already has again (F5)</source>
        <translation>Заново посчитать клиентов и заказы магазина и то, что уже есть в CRM (F5)</translation>
    </message>
    <message>
        <source>Export the catalog as ICML</source>
        <translation>Экспорт каталога в ICML</translation>
    </message>
    <message>
        <source>ICML files (*.xml);;All files (*)</source>
        <translation>Файлы ICML (*.xml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>not counted yet</source>
        <translation>ещё не посчитано</translation>
    </message>
    <message>
        <source>Choose what to upload. Customers and orders resume where an earlier run stopped and are never sent twice.</source>
        <translation>Выберите, что выгружать. Клиенты и заказы продолжают выгружаться с места прошлой остановки и никогда не отправляются дважды.</translation>
    </message>
    <message>
        <source>Exporting the catalog (ICML)…</source>
        <translation>Экспорт каталога (ICML)…</translation>
    </message>
    <message>
        <source>Uploading stock and prices…</source>
        <translation>Выгрузка остатков и цен…</translation>
    </message>
    <message>
        <source>Uploading customers…</source>
        <translation>Выгрузка клиентов…</translation>
    </message>
    <message>
        <source>Uploading orders…</source>
        <translation>Выгрузка заказов…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the shop's customers and orders and what the CRM already has…</source>
        <translation>Подсчёт клиентов и заказов магазина и того, что уже есть в CRM…</translation>
    </message>
    <message>
        <source>%1 in the shop</source>
        <translation>%1 в магазине</translation>
    </message>
    <message>
        <source>shop not readable</source>
        <translation>магазин недоступен</translation>
    </message>
    <message>
        <source> · %1 sent · %2 skipped · %3 failed</source>
        <translation> · отправлено %1 · пропущено %2 · с ошибкой %3</translation>
    </message>
    <message>
        <source> · nothing uploaded yet</source>
        <translation> · ещё ничего не выгружено</translation>
    </message>
    <message>
        <source>The shop database cannot be read: %1 Check the shop settings (Settings page).</source>
        <translation>Не удалось прочитать базу магазина: %1 Проверьте настройки магазина (страница «Настройки»).</translation>
    </message>
    <message>
        <source>RetailDesk's journal cannot be read: %1</source>
        <translation>Не удалось прочитать журнал RetailDesk: %1</translation>
    </message>
    <message>
        <source>An upload or sync is running in another RetailDesk window or command: %1 Wait until it ends.</source>
        <translation>Выгрузка или синхронизация уже идёт в другом окне или команде RetailDesk: %1 Дождитесь её окончания.</translation>
    </message>
    <message>
        <source>Nothing was uploaded from this profile yet. Start with the catalog (export the ICML file and let the CRM load it), then upload customers and orders.</source>
        <translation>Из этого профиля ещё ничего не выгружалось. Начните с каталога (экспортируйте файл ICML и дайте CRM загрузить его), затем выгрузите клиентов и заказы.</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>была отменена</translation>
    </message>
    <message>
        <source>stopped with an error (%1)</source>
        <translation>остановилась из-за ошибки (%1)</translation>
    </message>
    <message>
        <source>was interrupted (the program was closed or crashed)</source>
        <translation>была прервана (программа была закрыта или аварийно завершилась)</translation>
    </message>
    <message>
        <source>The upload of customers started %1 %2 after %3 of them.</source>
        <translation>Выгрузка клиентов, начатая %1, %2 после %3 записей.</translation>
    </message>
    <message>
        <source>The upload of orders started %1 %2 after %3 of them.</source>
        <translation>Выгрузка заказов, начатая %1, %2 после %3 записей.</translation>
    </message>
    <message>
        <source>Resume sends the rest; what the CRM already has is skipped.</source>
        <translation>«Продолжить» отправит остальное; то, что уже есть в CRM, будет пропущено.</translation>
    </message>
    <message>
        <source>The last upload of stock and prices stopped after product %1. Resume continues from there.</source>
        <translation>Последняя выгрузка остатков и цен остановилась после товара %1. «Продолжить» продолжит с этого места.</translation>
    </message>
    <message>
        <source>“%1” is not a shop id. Write whole numbers above 0 separated by commas, e.g. 12, 15, 40.</source>
        <translation>«%1» — не ID в магазине. Введите целые числа больше 0 через запятую, например 12, 15, 40.</translation>
    </message>
    <message>
        <source>Stopping: waiting for the answers in flight so the journal stays exact…</source>
        <translation>Остановка: ждём ответов на отправленные запросы, чтобы журнал остался точным…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Отменено до отправки чего-либо.</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Не удалось запустить: %1</translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%1 из %2 товаров</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>товаров: %1</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>готово: %1</translation>
    </message>
    <message>
        <source> · %1 per second</source>
        <translation> · %1 в секунду</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · осталось около %1</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Остатки</translation>
    </message>
    <message>
        <source>The export was cancelled; the file was left as it was.</source>
        <translation>Экспорт отменён; файл остался прежним.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>Customers: read %1, sent %2, skipped %3, failed %4.</source>
        <translation>Клиенты: прочитано %1, отправлено %2, пропущено %3, с ошибкой %4.</translation>
    </message>
    <message>
        <source>Orders: read %1, sent %2, skipped %3, failed %4.</source>
        <translation>Заказы: прочитано %1, отправлено %2, пропущено %3, с ошибкой %4.</translation>
    </message>
    <message>
        <source>Customers created first: %1 (refused: %2).</source>
        <translation>Сначала созданы клиенты: %1 (отклонено: %2).</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Пропущено %1: %2</translation>
    </message>
    <message>
        <source>%1 more failed items are not listed; the journal has them all.</source>
        <translation>Ещё %1 неудачных записей не показаны; в журнале есть все.</translation>
    </message>
    <message>
        <source>%1 items were read but not finished; the next run picks them up.</source>
        <translation>%1 записей прочитаны, но не обработаны; следующий запуск их подхватит.</translation>
    </message>
    <message>
        <source>Stopped by an error: %1</source>
        <translation>Остановлено из-за ошибки: %1</translation>
    </message>
    <message>
        <source>Cancelled. The journal is up to date: Resume or upload again to continue.</source>
        <translation>Отменено. Журнал актуален: нажмите «Продолжить» или запустите выгрузку снова.</translation>
    </message>
    <message>
        <source>Fix what the CRM complained about (often a code on the Mappings page), then press “Retry failed”.</source>
        <translation>Исправьте то, на что указала CRM (часто это код на странице «Соответствия»), затем нажмите «Повторить неудачные».</translation>
    </message>
    <message>
        <source>Took %1, %2 requests.</source>
        <translation>Заняло %1, запросов: %2.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 categories, %3 products, %4 offers (%5).</source>
        <translation>Записан %1: категорий %2, товаров %3, предложений %4 (%5).</translation>
    </message>
    <message>
        <source>Left out: %1 (see the reasons in the CLI's catalog report).</source>
        <translation>Не вошло: %1 (причины — в отчёте команды catalog в CLI).</translation>
    </message>
    <message>
        <source>Put the file where the CRM can download it (its URL goes into the CRM's site settings), then upload stock and prices.</source>
        <translation>Разместите файл там, откуда CRM сможет его скачать (его адрес указывается в настройках магазина в CRM), затем выгрузите остатки и цены.</translation>
    </message>
    <message>
        <source>Stock and prices: %1 products, %2 offers.</source>
        <translation>Остатки и цены: товаров %1, предложений %2.</translation>
    </message>
    <message>
        <source>%1: not sent (%2).</source>
        <translation>%1: не отправлено (%2).</translation>
    </message>
    <message>
        <source>%1: %2 taken by the CRM, %3 unknown to it, %4 failed.</source>
        <translation>%1: принято CRM %2, неизвестно ей %3, с ошибкой %4.</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <source>Stopped by an error: %1 Resume continues from the last product done.</source>
        <translation>Остановлено из-за ошибки: %1 «Продолжить» продолжит с последнего обработанного товара.</translation>
    </message>
    <message>
        <source>Cancelled. Resume continues from the last product done.</source>
        <translation>Отменено. «Продолжить» продолжит с последнего обработанного товара.</translation>
    </message>
    <message>
        <source>Offers unknown to the CRM appear once it has loaded the ICML catalog; then press “Retry failed”.</source>
        <translation>Неизвестные CRM предложения появятся, когда она загрузит каталог ICML; затем нажмите «Повторить неудачные».</translation>
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