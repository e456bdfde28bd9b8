<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>main</name>
        <message>
            <source>RetailDesk</source>
            <translation>RetailDesk</translation>
        </message>
        <message>
            <source>RetailDesk connects a MODX miniShop2 shop to RetailCRM.</source>
            <translation>RetailDesk connects a MODX miniShop2 shop to RetailCRM.</translation>
        </message>
        <message>
            <source>The profile to open.</source>
            <translation>The profile to open.</translation>
        </message>
        <message>
            <source>Open the demo shop with a local sandbox CRM.</source>
            <translation>Open the demo shop with a local sandbox CRM.</translation>
        </message>
        <message>
            <source>Save a screenshot to FILE once loaded, then exit.</source>
            <translation>Save a screenshot to FILE once loaded, then exit.</translation>
        </message>
        <message>
            <source>The page to show (dashboard, …).</source>
            <translation>The page to show (dashboard, …).</translation>
        </message>
        <message>
            <source>Preparing the demo shop and the sandbox CRM…</source>
            <translation>Preparing the demo shop and the sandbox CRM…</translation>
        </message>
    </context>
    <context>
        <name>rd::DashboardPage</name>
        <message>
            <source>&lt;h2&gt;Connection&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Connection&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
        <message>
            <source>Check the CRM and the shop database again (F5)</source>
            <translation>Check the CRM and the shop database again (F5)</translation>
        </message>
        <message>
            <source>Checking %1 and the shop database…</source>
            <translation>Checking %1 and the shop database…</translation>
        </message>
        <message numerus="yes">
            <source>RetailDesk can work with this profile: %n warning(s).</source>
            <translation>
                <numerusform>RetailDesk can work with this profile: %n warning.</numerusform>
                <numerusform>RetailDesk can work with this profile: %n warnings.</numerusform>
            </translation>
        </message>
        <message>
            <source>RetailDesk cannot work yet: %1</source>
            <translation>RetailDesk cannot work yet: %1</translation>
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
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Profile %1 · CRM %2 · site %3</source>
            <translation>Profile %1 · CRM %2 · site %3</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New profile…</source>
            <translation>&amp;New profile…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>New profile</translation>
        </message>
        <message>
            <source>The profile was saved to %1. Open it now?</source>
            <translation>The profile was saved to %1. Open it now?</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Keep this one</source>
            <translation>Keep this one</translation>
        </message>
        <message>
            <source>Mappings</source>
            <translation>Mappings</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>rd::MappingsPage</name>
        <message>
            <source>&lt;h2&gt;Code mappings&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Code mappings&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>In the shop</source>
            <translation>In the shop</translation>
        </message>
        <message>
            <source>RetailCRM code</source>
            <translation>RetailCRM code</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Deliveries</source>
            <translation>Deliveries</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Payments</translation>
        </message>
        <message>
            <source>Order statuses</source>
            <translation>Order statuses</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Reload</translation>
        </message>
        <message>
            <source>Read the shop's lists and the CRM's reference lists again (F5)</source>
            <translation>Read the shop's lists and the CRM's reference lists again (F5)</translation>
        </message>
        <message>
            <source>Auto-suggest</source>
            <translation>Auto-suggest</translation>
        </message>
        <message>
            <source>Choose a CRM code by name for every row that has none</source>
            <translation>Choose a CRM code by name for every row that has none</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Write the codes to the shop database and the sync choices to the profile (Ctrl+S)</source>
            <translation>Write the codes to the shop database and the sync choices to the profile (Ctrl+S)</translation>
        </message>
        <message>
            <source>Press Reload (F5) to read the shop's deliveries, payments and statuses and the CRM's reference lists.</source>
            <translation>Press Reload (F5) to read the shop's deliveries, payments and statuses and the CRM's reference lists.</translation>
        </message>
        <message>
            <source>Add a column to the shop database?</source>
            <translation>Add a column to the shop database?</translation>
        </message>
        <message>
            <source>Add the column</source>
            <translation>Add the column</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Reading the shop's lists and the CRM's reference lists…</source>
            <translation>Reading the shop's lists and the CRM's reference lists…</translation>
        </message>
        <message>
            <source>CRM: %1</source>
            <translation>CRM: %1</translation>
        </message>
        <message>
            <source>Shop database: %1</source>
            <translation>Shop database: %1</translation>
        </message>
        <message>
            <source>The mappings cannot be shown: %1
Fix the profile on the Settings page, then press Reload (F5).</source>
            <translation>The mappings cannot be shown: %1
Fix the profile on the Settings page, then press Reload (F5).</translation>
        </message>
        <message>
            <source>The shop has no deliveries, payments or statuses yet. Create them in the MODX manager (miniShop2 → Settings), then press Reload (F5).</source>
            <translation>The shop has no deliveries, payments or statuses yet. Create them in the MODX manager (miniShop2 → Settings), then press Reload (F5).</translation>
        </message>
        <message>
            <source>Choose the RetailCRM code for each row, or press Auto-suggest; then Save.</source>
            <translation>Choose the RetailCRM code for each row, or press Auto-suggest; then Save.</translation>
        </message>
        <message>
            <source>%1 (inactive)</source>
            <translation>%1 (inactive)</translation>
        </message>
        <message>
            <source>— not mapped —</source>
            <translation>— not mapped —</translation>
        </message>
        <message>
            <source>%1 — not in the CRM</source>
            <translation>%1 — not in the CRM</translation>
        </message>
        <message>
            <source>Sync changes of this status both ways</source>
            <translation>Sync changes of this status both ways</translation>
        </message>
        <message>
            <source>Not mapped: orders in this status keep the CRM's default status.</source>
            <translation>Not mapped: orders in this status keep the CRM's default status.</translation>
        </message>
        <message>
            <source>Not mapped: orders are sent without it.</source>
            <translation>Not mapped: orders are sent without it.</translation>
        </message>
        <message>
            <source>The CRM has no code '%1': choose one of its codes from the list.</source>
            <translation>The CRM has no code '%1': choose one of its codes from the list.</translation>
        </message>
        <message>
            <source>The CRM does not allow these payment types with delivery type '%1': %2. Allow them in RetailCRM (Settings → Delivery types) or change the codes.</source>
            <translation>The CRM does not allow these payment types with delivery type '%1': %2. Allow them in RetailCRM (Settings → Delivery types) or change the codes.</translation>
        </message>
        <message numerus="yes">
            <source>%n unsaved change(s).</source>
            <translation>
                <numerusform>%n unsaved change.</numerusform>
                <numerusform>%n unsaved changes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Suggested %n code(s) by name: check them, then Save.</source>
            <translation>
                <numerusform>Suggested %n code by name: check them, then Save.</numerusform>
                <numerusform>Suggested %n codes by name: check them, then Save.</numerusform>
            </translation>
        </message>
        <message>
            <source>No convincing suggestion for the rows without a code: choose them by hand.</source>
            <translation>No convincing suggestion for the rows without a code: choose them by hand.</translation>
        </message>
        <message>
            <source>The shop database has no column for the CRM codes yet (%1). RetailDesk can add it (ALTER TABLE … ADD COLUMN, as modRetailCRM does). Add it now?</source>
            <translation>The shop database has no column for the CRM codes yet (%1). RetailDesk can add it (ALTER TABLE … ADD COLUMN, as modRetailCRM does). Add it now?</translation>
        </message>
        <message>
            <source>Nothing saved: the codes need the column(s) %1. Save again and allow adding them, or install modRetailCRM.</source>
            <translation>Nothing saved: the codes need the column(s) %1. Save again and allow adding them, or install modRetailCRM.</translation>
        </message>
        <message>
            <source>The profile could not be saved: %1</source>
            <translation>The profile could not be saved: %1</translation>
        </message>
        <message>
            <source>Saved the sync choices to the profile.</source>
            <translation>Saved the sync choices to the profile.</translation>
        </message>
        <message>
            <source>Nothing to save.</source>
            <translation>Nothing to save.</translation>
        </message>
        <message numerus="yes">
            <source>Writing %n code(s) to the shop database…</source>
            <translation>
                <numerusform>Writing %n code to the shop database…</numerusform>
                <numerusform>Writing %n codes to the shop database…</numerusform>
            </translation>
        </message>
        <message>
            <source>The codes could not be saved: %1</source>
            <translation>The codes could not be saved: %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n code(s) to the shop database.</source>
            <translation>
                <numerusform>Saved %n code to the shop database.</numerusform>
                <numerusform>Saved %n codes to the shop database.</numerusform>
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
            <translation>https://yourshop.retailcrm.ru</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>&amp;Site code:</source>
            <translation>&amp;Site code:</translation>
        </message>
        <message>
            <source> requests/s</source>
            <translation> requests/s</translation>
        </message>
        <message>
            <source>&amp;Rate limit:</source>
            <translation>&amp;Rate limit:</translation>
        </message>
        <message>
            <source>type a new key to replace the stored one</source>
            <translation>type a new key to replace the stored one</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API &amp;key:</translation>
        </message>
        <message>
            <source>Shop database</source>
            <translation>Shop database</translation>
        </message>
        <message>
            <source>MySQL / MariaDB</source>
            <translation>MySQL / MariaDB</translation>
        </message>
        <message>
            <source>SQLite file</source>
            <translation>SQLite file</translation>
        </message>
        <message>
            <source>&amp;Database type:</source>
            <translation>&amp;Database type:</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>optional, e.g. /run/mysqld/mysqld.sock</source>
            <translation>optional, e.g. /run/mysqld/mysqld.sock</translation>
        </message>
        <message>
            <source>&amp;Socket:</source>
            <translation>&amp;Socket:</translation>
        </message>
        <message>
            <source>Data&amp;base:</source>
            <translation>Data&amp;base:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>type a new password to replace the stored one</source>
            <translation>type a new password to replace the stored one</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>Table &amp;prefix:</source>
            <translation>Table &amp;prefix:</translation>
        </message>
        <message>
            <source>https://shop.example (for product links and pictures in the catalog)</source>
            <translation>https://shop.example (for product links and pictures in the catalog)</translation>
        </message>
        <message>
            <source>Shop &amp;URL:</source>
            <translation>Shop &amp;URL:</translation>
        </message>
        <message>
            <source>kilograms</source>
            <translation>kilograms</translation>
        </message>
        <message>
            <source>grams</source>
            <translation>grams</translation>
        </message>
        <message>
            <source>&amp;Weight unit:</source>
            <translation>&amp;Weight unit:</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>e.g. 2,3,4</source>
            <translation>e.g. 2,3,4</translation>
        </message>
        <message>
            <source>S&amp;ynced statuses:</source>
            <translation>S&amp;ynced statuses:</translation>
        </message>
        <message>
            <source>msOptionsPrice2 modifications become separate offers</source>
            <translation>msOptionsPrice2 modifications become separate offers</translation>
        </message>
        <message>
            <source>Send the shop's order number as the CRM order number</source>
            <translation>Send the shop's order number as the CRM order number</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Interface</translation>
        </message>
        <message>
            <source>As the system (%1)</source>
            <translation>As the system (%1)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Check and save the settings to %1 (Ctrl+S)</source>
            <translation>Check and save the settings to %1 (Ctrl+S)</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Settings&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>The shop's SQLite database</source>
            <translation>The shop's SQLite database</translation>
        </message>
        <message>
            <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
            <translation>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
        </message>
        <message>
            <source>Stored in the keychain.</source>
            <translation>Stored in the keychain.</translation>
        </message>
        <message>
            <source>Taken from the environment (%1); it wins over the keychain.</source>
            <translation>Taken from the environment (%1); it wins over the keychain.</translation>
        </message>
        <message>
            <source>Set for this session (demo).</source>
            <translation>Set for this session (demo).</translation>
        </message>
        <message>
            <source>Not stored yet: type it above and Save.</source>
            <translation>Not stored yet: type it above and Save.</translation>
        </message>
        <message>
            <source>The keychain cannot be read: %1</source>
            <translation>The keychain cannot be read: %1</translation>
        </message>
        <message>
            <source>Enter the address of your RetailCRM account, e.g. https://yourshop.retailcrm.ru.</source>
            <translation>Enter the address of your RetailCRM account, e.g. https://yourshop.retailcrm.ru.</translation>
        </message>
        <message>
            <source>Nothing saved: fix the fields marked in red.</source>
            <translation>Nothing saved: fix the fields marked in red.</translation>
        </message>
        <message>
            <source>The profile could not be saved: %1</source>
            <translation>The profile could not be saved: %1</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Saved to %1.</translation>
        </message>
        <message>
            <source>Stored in the keychain: %1.</source>
            <translation>Stored in the keychain: %1.</translation>
        </message>
        <message>
            <source>The new language applies fully after a restart.</source>
            <translation>The new language applies fully after a restart.</translation>
        </message>
        <message>
            <source>Some secrets could not be stored: see the fields marked in red.</source>
            <translation>Some secrets could not be stored: see the fields marked in red.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API key</translation>
        </message>
        <message>
            <source>database password</source>
            <translation>database password</translation>
        </message>
        <message>
            <source>msOptionsPrice2 offers</source>
            <translation>msOptionsPrice2 offers</translation>
        </message>
        <message>
            <source>Shop order numbers in the CRM</source>
            <translation>Shop order numbers in the CRM</translation>
        </message>
    </context>
    <context>
        <name>rd::SetupWizard</name>
        <message>
            <source>RetailDesk setup</source>
            <translation>RetailDesk setup</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>rd::WizardCrmPage</name>
        <message>
            <source>Connect to RetailCRM</source>
            <translation>Connect to RetailCRM</translation>
        </message>
        <message>
            <source>Enter the address of your RetailCRM account and an API key. Create a key in RetailCRM under Settings → Integration → API access keys.</source>
            <translation>Enter the address of your RetailCRM account and an API key. Create a key in RetailCRM under Settings → Integration → API access keys.</translation>
        </message>
        <message>
            <source>https://yourshop.retailcrm.ru</source>
            <translation>https://yourshop.retailcrm.ru</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API key</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Test connection</translation>
        </message>
        <message>
            <source>Try the &amp;demo</source>
            <translation>Try the &amp;demo</translation>
        </message>
        <message>
            <source>Fill in everything for the bundled demo shop and a local sandbox CRM</source>
            <translation>Fill in everything for the bundled demo shop and a local sandbox CRM</translation>
        </message>
        <message>
            <source>CRM &amp;address:</source>
            <translation>CRM &amp;address:</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API &amp;key:</translation>
        </message>
        <message>
            <source>Preparing the demo shop and the sandbox CRM…</source>
            <translation>Preparing the demo shop and the sandbox CRM…</translation>
        </message>
        <message>
            <source>Enter the address of your RetailCRM account, e.g. https://yourshop.retailcrm.ru.</source>
            <translation>Enter the address of your RetailCRM account, e.g. https://yourshop.retailcrm.ru.</translation>
        </message>
        <message>
            <source>Enter the API key. In RetailCRM: Settings → Integration → API access keys.</source>
            <translation>Enter the API key. In RetailCRM: Settings → Integration → API access keys.</translation>
        </message>
        <message>
            <source>Testing the connection to %1…</source>
            <translation>Testing the connection to %1…</translation>
        </message>
        <message numerus="yes">
            <source>Connected. The key may use %n site(s).</source>
            <translation>
                <numerusform>Connected. The key may use %n site.</numerusform>
                <numerusform>Connected. The key may use %n sites.</numerusform>
            </translation>
        </message>
        <message>
            <source>The key lacks these permissions: %1. Tick them for the key in RetailCRM (Settings → Integration → API access keys), or some features will fail.</source>
            <translation>The key lacks these permissions: %1. Tick them for the key in RetailCRM (Settings → Integration → API access keys), or some features will fail.</translation>
        </message>
        <message>
            <source>The demo could not start: %1</source>
            <translation>The demo could not start: %1</translation>
        </message>
        <message>
            <source>The demo is ready: the sandbox CRM runs at %1.</source>
            <translation>The demo is ready: the sandbox CRM runs at %1.</translation>
        </message>
    </context>
    <context>
        <name>rd::WizardFinishPage</name>
        <message>
            <source>Save the profile</source>
            <translation>Save the profile</translation>
        </message>
        <message>
            <source>RetailDesk keeps these settings in a profile file; the API key and the database password go to the system keychain, never into the file.</source>
            <translation>RetailDesk keeps these settings in a profile file; the API key and the database password go to the system keychain, never into the file.</translation>
        </message>
        <message>
            <source>Profile &amp;file:</source>
            <translation>Profile &amp;file:</translation>
        </message>
        <message>
            <source>SQLite file %1</source>
            <translation>SQLite file %1</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 on %2</translation>
        </message>
        <message>
            <source>CRM: %1, site %2
Shop database: %3, table prefix "%4"</source>
            <translation>CRM: %1, site %2
Shop database: %3, table prefix "%4"</translation>
        </message>
        <message>
            <source>Enter the file to save the profile to, e.g. %1.</source>
            <translation>Enter the file to save the profile to, e.g. %1.</translation>
        </message>
        <message>
            <source>The profile was saved, but the API key could not be stored in the keychain: %1</source>
            <translation>The profile was saved, but the API key could not be stored in the keychain: %1</translation>
        </message>
        <message>
            <source>The profile was saved, but the database password could not be stored in the keychain: %1</source>
            <translation>The profile was saved, but the database password could not be stored in the keychain: %1</translation>
        </message>
    </context>
    <context>
        <name>rd::WizardShopPage</name>
        <message>
            <source>Connect to the shop database</source>
            <translation>Connect to the shop database</translation>
        </message>
        <message>
            <source>The MODX database with miniShop2. RetailDesk reads customers, orders and the catalog from it and writes only the CRM codes and status changes.</source>
            <translation>The MODX database with miniShop2. RetailDesk reads customers, orders and the catalog from it and writes only the CRM codes and status changes.</translation>
        </message>
        <message>
            <source>MySQL / MariaDB</source>
            <translation>MySQL / MariaDB</translation>
        </message>
        <message>
            <source>SQLite file</source>
            <translation>SQLite file</translation>
        </message>
        <message>
            <source>optional, e.g. /run/mysqld/mysqld.sock</source>
            <translation>optional, e.g. /run/mysqld/mysqld.sock</translation>
        </message>
        <message>
            <source>stored in the keychain</source>
            <translation>stored in the keychain</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Test</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>&amp;Database type:</source>
            <translation>&amp;Database type:</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>&amp;Socket:</source>
            <translation>&amp;Socket:</translation>
        </message>
        <message>
            <source>Data&amp;base:</source>
            <translation>Data&amp;base:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>Table &amp;prefix:</source>
            <translation>Table &amp;prefix:</translation>
        </message>
        <message>
            <source>The shop's SQLite database</source>
            <translation>The shop's SQLite database</translation>
        </message>
        <message>
            <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
            <translation>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
        </message>
        <message>
            <source>Enter the database server's host name or IP address (e.g. 127.0.0.1), or a socket path below.</source>
            <translation>Enter the database server's host name or IP address (e.g. 127.0.0.1), or a socket path below.</translation>
        </message>
        <message>
            <source>Enter the name of the MODX database (see core/config/config.inc.php, $dbase).</source>
            <translation>Enter the name of the MODX database (see core/config/config.inc.php, $dbase).</translation>
        </message>
        <message>
            <source>Enter the database user (see core/config/config.inc.php, $database_user).</source>
            <translation>Enter the database user (see core/config/config.inc.php, $database_user).</translation>
        </message>
        <message>
            <source>Choose the shop's SQLite database file.</source>
            <translation>Choose the shop's SQLite database file.</translation>
        </message>
        <message>
            <source>The table prefix may hold only Latin letters, digits and '_', at most 32 characters (e.g. modx_).</source>
            <translation>The table prefix may hold only Latin letters, digits and '_', at most 32 characters (e.g. modx_).</translation>
        </message>
        <message>
            <source>Connecting to the shop database…</source>
            <translation>Connecting to the shop database…</translation>
        </message>
        <message>
            <source>Connected: %1.</source>
            <translation>Connected: %1.</translation>
        </message>
        <message>
            <source>The miniShop2 version could not be told from the tables: check the prefix.</source>
            <translation>The miniShop2 version could not be told from the tables: check the prefix.</translation>
        </message>
        <message>
            <source>miniShop2 %1 found.</source>
            <translation>miniShop2 %1 found.</translation>
        </message>
        <message>
            <source>Add-ons: none found (msOptionsPrice2, msPromoCode are optional).</source>
            <translation>Add-ons: none found (msOptionsPrice2, msPromoCode are optional).</translation>
        </message>
        <message>
            <source>Add-ons found: %1.</source>
            <translation>Add-ons found: %1.</translation>
        </message>
        <message>
            <source>The CRM code columns of modRetailCRM exist.</source>
            <translation>The CRM code columns of modRetailCRM exist.</translation>
        </message>
        <message>
            <source>The CRM code columns (modRetailCRM) are missing: the Mappings page will offer to add them when you save codes.</source>
            <translation>The CRM code columns (modRetailCRM) are missing: the Mappings page will offer to add them when you save codes.</translation>
        </message>
    </context>
    <context>
        <name>rd::WizardSitePage</name>
        <message>
            <source>Choose the CRM site</source>
            <translation>Choose the CRM site</translation>
        </message>
        <message>
            <source>Orders and customers of the shop go to this RetailCRM site (store).</source>
            <translation>Orders and customers of the shop go to this RetailCRM site (store).</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Site:</translation>
        </message>
        <message>
            <source>The API key may not use any site. In RetailCRM, allow at least one site for this key (Settings → Integration → API access keys), then go back and test again.</source>
            <translation>The API key may not use any site. In RetailCRM, allow at least one site for this key (Settings → Integration → API access keys), then go back and test again.</translation>
        </message>
        <message numerus="yes">
            <source>%n more site(s) exist that this key may not use.</source>
            <translation>
                <numerusform>%n more site exist that this key may not use.</numerusform>
                <numerusform>%n more sites exist that this key may not use.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a site. If the list is empty, allow a site for the API key in RetailCRM.</source>
            <translation>Choose a site. If the list is empty, allow a site for the API key in RetailCRM.</translation>
        </message>
    </context>
</TS>
