<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SearchCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Choose a folder you can write to.</translation>
    </message>
    <message>
        <source>Check the free disk space or choose another folder.</source>
        <translation>Check the free disk space or choose another folder.</translation>
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
    <name>rd::CrmSearchPage</name>
    <message>
        <source>&lt;h2&gt;Search&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Search&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>What to look for in the CRM</source>
        <translation>What to look for in the CRM</translation>
    </message>
    <message>
        <source>Which field the text is; “Any” guesses from the text</source>
        <translation>Which field the text is; “Any” guesses from the text</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search the CRM (Enter); F5 runs the search again</source>
        <translation>Search the CRM (Enter); F5 runs the search again</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Select a row to see its details.</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <source>Load the next page of results (also when you scroll to the end)</source>
        <translation>Load the next page of results (also when you scroll to the end)</translation>
    </message>
    <message>
        <source>Open in RetailCRM</source>
        <translation>Open in RetailCRM</translation>
    </message>
    <message>
        <source>Open the selected order or customer in the CRM's web interface (double-click a row)</source>
        <translation>Open the selected order or customer in the CRM's web interface (double-click a row)</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Copy id</translation>
    </message>
    <message>
        <source>Copy the CRM ids of the selected rows (order numbers for orders)</source>
        <translation>Copy the CRM ids of the selected rows (order numbers for orders)</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copy rows</translation>
    </message>
    <message>
        <source>Copy the selected rows as a table you can paste into a spreadsheet (Ctrl+C)</source>
        <translation>Copy the selected rows as a table you can paste into a spreadsheet (Ctrl+C)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save every loaded row to a CSV file that Excel and LibreOffice open</source>
        <translation>Save every loaded row to a CSV file that Excel and LibreOffice open</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Order number, phone, e-mail or customer name (Ctrl+F)</source>
        <translation>Order number, phone, e-mail or customer name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>person</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name, phone or e-mail (Ctrl+F)</source>
        <translation>Name, phone or e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>product</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Product name or article (Ctrl+F)</source>
        <translation>Product name or article (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type an order number, a phone, an e-mail or a customer's name above and press Enter.
Press Enter with an empty box to list every order of the site.</source>
        <translation>Type an order number, a phone, an e-mail or a customer's name above and press Enter.
Press Enter with an empty box to list every order of the site.</translation>
    </message>
    <message>
        <source>Type a customer's name, phone or e-mail above and press Enter.
Press Enter with an empty box to list every customer.</source>
        <translation>Type a customer's name, phone or e-mail above and press Enter.
Press Enter with an empty box to list every customer.</translation>
    </message>
    <message>
        <source>Type a product name or an article above and press Enter.
Press Enter with an empty box to list the whole catalog.</source>
        <translation>Type a product name or an article above and press Enter.
Press Enter with an empty box to list the whole catalog.</translation>
    </message>
    <message>
        <source>Products have no page of their own in the CRM; open their orders instead</source>
        <translation>Products have no page of their own in the CRM; open their orders instead</translation>
    </message>
    <message>
        <source>Searching the CRM…</source>
        <translation>Searching the CRM…</translation>
    </message>
    <message>
        <source>Loading page %1 of %2…</source>
        <translation>Loading page %1 of %2…</translation>
    </message>
    <message>
        <source>Check the CRM address, the site and the API key on the Settings page, then search again.</source>
        <translation>Check the CRM address, the site and the API key on the Settings page, then search again.</translation>
    </message>
    <message>
        <source>Change the search text or the field, then search again.</source>
        <translation>Change the search text or the field, then search again.</translation>
    </message>
    <message>
        <source>Check the connection on the Dashboard page, then press Search (or F5) again.</source>
        <translation>Check the connection on the Dashboard page, then press Search (or F5) again.</translation>
    </message>
    <message>
        <source>The search failed: %1
%2</source>
        <translation>The search failed: %1
%2</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>The search failed.</translation>
    </message>
    <message>
        <source>Check the spelling, choose the field (e.g. E-mail or Phone) instead of “Any”, or search Customers.</source>
        <translation>Check the spelling, choose the field (e.g. E-mail or Phone) instead of “Any”, or search Customers.</translation>
    </message>
    <message>
        <source>Check the spelling, or try a part of the name, the phone's last digits or the e-mail.</source>
        <translation>Check the spelling, or try a part of the name, the phone's last digits or the e-mail.</translation>
    </message>
    <message>
        <source>Check the spelling, or search by article. If the catalog is empty, upload it on the Uploads page.</source>
        <translation>Check the spelling, or search by article. If the catalog is empty, upload it on the Uploads page.</translation>
    </message>
    <message>
        <source>The CRM has nothing of this kind for the site %1 yet.</source>
        <translation>The CRM has nothing of this kind for the site %1 yet.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n found.</source>
        <translation>
            <numerusform>%1 of %n found.</numerusform>
            <numerusform>%1 of %n found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scroll down or press Load more for the rest.</source>
        <translation>Scroll down or press Load more for the rest.</translation>
    </message>
    <message>
        <source>No web browser could open %1. Copy the address into a browser.</source>
        <translation>No web browser could open %1. Copy the address into a browser.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>Copied %n id.</numerusform>
            <numerusform>Copied %n ids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s); paste them into a spreadsheet or a message.</source>
        <translation>
            <numerusform>Copied %n row; paste it into a spreadsheet or a message.</numerusform>
            <numerusform>Copied %n rows; paste them into a spreadsheet or a message.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>The CSV file was not saved: %1</source>
        <translation>The CSV file was not saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n loaded row(s) were saved: press Load more first to include the rest.</source>
        <translation>
            <numerusform>Only the %n loaded row was saved: press Load more first to include the rest.</numerusform>
            <numerusform>Only the %n loaded rows were saved: press Load more first to include the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM id</translation>
    </message>
    <message>
        <source>Shop id</source>
        <translation>Shop id</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>No items.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>No payments.</source>
        <translation>No payments.</translation>
    </message>
    <message>
        <source>Open the customer in RetailCRM</source>
        <translation>Open the customer in RetailCRM</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>The CSV file was not saved: a page of results could not be loaded. %1</source>
        <translation>The CSV file was not saved: a page of results could not be loaded. %1</translation>
    </message>
    <message>
        <source>%1 of %2 results are loaded. Load the rest from the CRM and save them all?</source>
        <translation>%1 of %2 results are loaded. Load the rest from the CRM and save them all?</translation>
    </message>
    <message>
        <source>Load all and save</source>
        <translation>Load all and save</translation>
    </message>
    <message>
        <source>Save the loaded rows</source>
        <translation>Save the loaded rows</translation>
    </message>
    <message>
        <source>Show the orders of this customer</source>
        <translation>Show the orders of this customer</translation>
    </message>
</context>
<context>
    <name>rd::DashboardPage</name>
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
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show or hide every check</source>
        <translation>Show or hide every check</translation>
    </message>
    <message>
        <source>Shop and CRM</source>
        <translation>Shop and CRM</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No uploads or sync rounds in the last %n day(s). Press “Sync now”, or start an upload on the Uploads page.</source>
        <translation>
            <numerusform>No uploads or sync rounds in the last %n day. Press “Sync now”, or start an upload on the Uploads page.</numerusform>
            <numerusform>No uploads or sync rounds in the last %n days. Press “Sync now”, or start an upload on the Uploads page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last runs</source>
        <translation>Last runs</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Send new customers, orders and status changes to the CRM and bring the CRM's status changes into the shop (one sync round)</source>
        <translation>Send new customers, orders and status changes to the CRM and bring the CRM's status changes into the shop (one sync round)</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Sync automatically every</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Starting a sync round…</source>
        <translation>Starting a sync round…</translation>
    </message>
    <message>
        <source>Could not sync: %1</source>
        <translation>Could not sync: %1</translation>
    </message>
    <message>
        <source>Sync round running…</source>
        <translation>Sync round running…</translation>
    </message>
    <message>
        <source>Sync at %1 stopped: %2</source>
        <translation>Sync at %1 stopped: %2</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n order(s) sent</source>
        <translation>
            <numerusform>Synced at %1: %n order sent</numerusform>
            <numerusform>Synced at %1: %n orders sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s)</source>
        <translation>
            <numerusform>%n status change</numerusform>
            <numerusform>%n status changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (retried next round)</source>
        <translation>
            <numerusform>%n failed (retried next round)</numerusform>
            <numerusform>%n failed (retried next round)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next automatic sync at %1.</source>
        <translation>Next automatic sync at %1.</translation>
    </message>
    <message>
        <source>In the shop</source>
        <translation>In the shop</translation>
    </message>
    <message>
        <source>In the CRM</source>
        <translation>In the CRM</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) failed: see their reasons and retry them on the Uploads page.</source>
        <translation>
            <numerusform>%n order failed: see its reason and retry it on the Uploads page.</numerusform>
            <numerusform>%n orders failed: see their reasons and retry them on the Uploads page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) failed: see their reasons and retry them on the Uploads page.</source>
        <translation>
            <numerusform>%n customer failed: see the reason and retry on the Uploads page.</numerusform>
            <numerusform>%n customers failed: see their reasons and retry them on the Uploads page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s) waiting to reach the CRM: the next sync round retries them.</source>
        <translation>
            <numerusform>%n status change waiting to reach the CRM: the next sync round retries it.</numerusform>
            <numerusform>%n status changes waiting to reach the CRM: the next sync round retries them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CRM status change(s) waiting to reach the shop: the next sync round retries them.</source>
        <translation>
            <numerusform>%n CRM status change waiting to reach the shop: the next sync round retries it.</numerusform>
            <numerusform>%n CRM status changes waiting to reach the shop: the next sync round retries them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Nothing needs your attention.</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Needs attention:</translation>
    </message>
    <message>
        <source>Orders sent</source>
        <translation>Orders sent</translation>
    </message>
    <message>
        <source>Statuses synced</source>
        <translation>Statuses synced</translation>
    </message>
    <message>
        <source>Sync round</source>
        <translation>Sync round</translation>
    </message>
    <message>
        <source>Upload orders</source>
        <translation>Upload orders</translation>
    </message>
    <message>
        <source>Upload customers</source>
        <translation>Upload customers</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>finished with failures</source>
        <translation>finished with failures</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Nothing has run yet.</source>
        <translation>Nothing has run yet.</translation>
    </message>
</context>
<context>
    <name>rd::LogPage</name>
    <message>
        <source>&lt;h2&gt;Log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Log&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Filter: words in any column (an order number, orders/upload, 503…)</source>
        <translation>Filter: words in any column (an order number, orders/upload, 503…)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>CRM requests</source>
        <translation>CRM requests</translation>
    </message>
    <message>
        <source>Failed CRM requests</source>
        <translation>Failed CRM requests</translation>
    </message>
    <message>
        <source>Upload and sync runs</source>
        <translation>Upload and sync runs</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the run history again (F5); requests appear by themselves</source>
        <translation>Read the run history again (F5); requests appear by themselves</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>CRM requests of this session (the API key is never shown) and the upload and sync runs of this profile.</source>
        <translation>CRM requests of this session (the API key is never shown) and the upload and sync runs of this profile.</translation>
    </message>
    <message>
        <source>The run history cannot be read: %1</source>
        <translation>The run history cannot be read: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source> · retrying</source>
        <translation> · retrying</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source> · attempt %1</source>
        <translation> · attempt %1</translation>
    </message>
    <message>
        <source>CRM request failed</source>
        <translation>CRM request failed</translation>
    </message>
    <message>
        <source>CRM request</source>
        <translation>CRM request</translation>
    </message>
    <message>
        <source>Upload of customers</source>
        <translation>Upload of customers</translation>
    </message>
    <message>
        <source>Upload of orders</source>
        <translation>Upload of orders</translation>
    </message>
    <message>
        <source>Sync round</source>
        <translation>Sync round</translation>
    </message>
    <message>
        <source>read %1: sent %2, skipped %3, failed %4</source>
        <translation>read %1: sent %2, skipped %3, failed %4</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>finished with failed items</source>
        <translation>finished with failed items</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>stopped by an error</translation>
    </message>
    <message>
        <source>took %1 s</source>
        <translation>took %1 s</translation>
    </message>
    <message>
        <source>Nothing logged yet.

CRM requests appear here as soon as RetailDesk talks to the CRM (open the Dashboard, run an upload or a search). Upload and sync runs of this profile appear once one has run (Uploads page).</source>
        <translation>Nothing logged yet.

CRM requests appear here as soon as RetailDesk talks to the CRM (open the Dashboard, run an upload or a search). Upload and sync runs of this profile appear once one has run (Uploads page).</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown. CRM requests of this session (the API key is never shown) and the upload and sync runs of this profile.</source>
        <translation>
            <numerusform>%n entry shown. CRM requests of this session (the API key is never shown) and the upload and sync runs of this profile.</numerusform>
            <numerusform>%n entries shown. CRM requests of this session (the API key is never shown) and the upload and sync runs of this profile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches the filter.

Clear the filter text or choose “Everything”.</source>
        <translation>Nothing matches the filter.

Clear the filter text or choose “Everything”.</translation>
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
    <message>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation>Quick actions</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
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
    <name>rd::QuickActionsPage</name>
    <message>
        <source>&lt;h2&gt;Quick actions&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Quick actions&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Enter a contact or a one-item order straight into RetailCRM, without the shop.</source>
        <translation>Enter a contact or a one-item order straight into RetailCRM, without the shop.</translation>
    </message>
    <message>
        <source>Last name, first name, patronymic</source>
        <translation>Last name, first name, patronymic</translation>
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
        <translation>New contact</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>Create contact</translation>
    </message>
    <message>
        <source>Create the customer in RetailCRM</source>
        <translation>Create the customer in RetailCRM</translation>
    </message>
    <message>
        <source>Quick order</source>
        <translation>Quick order</translation>
    </message>
    <message>
        <source>Type a product name or article to find it in the CRM catalog</source>
        <translation>Type a product name or article to find it in the CRM catalog</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Quantity:</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>Buyer:</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>Create order</translation>
    </message>
    <message>
        <source>Create the order (status “new”) in RetailCRM; it is tied to an existing customer with the same e-mail or phone</source>
        <translation>Create the order (status “new”) in RetailCRM; it is tied to an existing customer with the same e-mail or phone</translation>
    </message>
    <message>
        <source>Enter the person's name, e.g. “Иванов Иван Иванович”.</source>
        <translation>Enter the person's name, e.g. “Иванов Иван Иванович”.</translation>
    </message>
    <message>
        <source>This is not a phone number: use digits, spaces, ( ) - and a leading +, 5 to 15 digits, e.g. +7 915 123-45-67.</source>
        <translation>This is not a phone number: use digits, spaces, ( ) - and a leading +, 5 to 15 digits, e.g. +7 915 123-45-67.</translation>
    </message>
    <message>
        <source>This is not an e-mail address: it should look like name@example.com.</source>
        <translation>This is not an e-mail address: it should look like name@example.com.</translation>
    </message>
    <message>
        <source>The CRM did not accept it: %1</source>
        <translation>The CRM did not accept it: %1</translation>
    </message>
    <message>
        <source>Check the CRM address, the site and the API key on the Settings page.</source>
        <translation>Check the CRM address, the site and the API key on the Settings page.</translation>
    </message>
    <message>
        <source>Correct the marked fields and try again.</source>
        <translation>Correct the marked fields and try again.</translation>
    </message>
    <message>
        <source>Check the connection on the Dashboard page and try again.</source>
        <translation>Check the connection on the Dashboard page and try again.</translation>
    </message>
    <message>
        <source>Creating the contact in the CRM…</source>
        <translation>Creating the contact in the CRM…</translation>
    </message>
    <message>
        <source>Created %1 (CRM id %2).</source>
        <translation>Created %1 (CRM id %2).</translation>
    </message>
    <message>
        <source>Open in RetailCRM</source>
        <translation>Open in RetailCRM</translation>
    </message>
    <message>
        <source>Loading the CRM catalog…</source>
        <translation>Loading the CRM catalog…</translation>
    </message>
    <message>
        <source>Looking for “%1” in the CRM catalog…</source>
        <translation>Looking for “%1” in the CRM catalog…</translation>
    </message>
    <message>
        <source>The catalog could not be searched: %1 Check the connection on the Dashboard page, then press Enter in the product field.</source>
        <translation>The catalog could not be searched: %1 Check the connection on the Dashboard page, then press Enter in the product field.</translation>
    </message>
    <message>
        <source>The CRM catalog is empty. Upload the catalog (Uploads page), then come back.</source>
        <translation>The CRM catalog is empty. Upload the catalog (Uploads page), then come back.</translation>
    </message>
    <message>
        <source>No product named “%1” or with this article. Try a part of the name.</source>
        <translation>No product named “%1” or with this article. Try a part of the name.</translation>
    </message>
    <message>
        <source>One offer found; it is chosen.</source>
        <translation>One offer found; it is chosen.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) found: choose the offer in the list.</source>
        <translation>
            <numerusform>%n product found: choose the offer in the list.</numerusform>
            <numerusform>%n products found: choose the offer in the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the product: type a part of its name above and click it in the list.</source>
        <translation>Choose the product: type a part of its name above and click it in the list.</translation>
    </message>
    <message>
        <source>Creating the order in the CRM…</source>
        <translation>Creating the order in the CRM…</translation>
    </message>
    <message>
        <source>The CRM catalog no longer has this offer: search again.</source>
        <translation>The CRM catalog no longer has this offer: search again.</translation>
    </message>
    <message>
        <source>Order %1 created: %2 × %3.</source>
        <translation>Order %1 created: %2 × %3.</translation>
    </message>
    <message>
        <source>Tied to the existing customer %1.</source>
        <translation>Tied to the existing customer %1.</translation>
    </message>
    <message>
        <source>%1
Offer %2 (CRM id %3), in stock: %4</source>
        <translation>%1
Offer %2 (CRM id %3), in stock: %4</translation>
    </message>
</context>
<context>
    <name>rd::SearchResultsModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>External id</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>product</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
    <name>rd::UploadsPage</name>
    <message>
        <source>&lt;h2&gt;Uploads&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Uploads&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Continue where the run stopped: what the CRM already has is not sent again</source>
        <translation>Continue where the run stopped: what the CRM already has is not sent again</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Export ICML file…</source>
        <translation>Export ICML file…</translation>
    </message>
    <message>
        <source>Write the products, categories and offers as an ICML file for the CRM to load (put it where the CRM can download it)</source>
        <translation>Write the products, categories and offers as an ICML file for the CRM to load (put it where the CRM can download it)</translation>
    </message>
    <message>
        <source>Upload stock and prices</source>
        <translation>Upload stock and prices</translation>
    </message>
    <message>
        <source>Send the stock and the prices of every offer to the CRM (the CRM must have loaded the ICML catalog first)</source>
        <translation>Send the stock and the prices of every offer to the CRM (the CRM must have loaded the ICML catalog first)</translation>
    </message>
    <message>
        <source>The CRM learns the products from an ICML file, then takes stock and prices for the offers it knows.</source>
        <translation>The CRM learns the products from an ICML file, then takes stock and prices for the offers it knows.</translation>
    </message>
    <message>
        <source>Customers and orders</source>
        <translation>Customers and orders</translation>
    </message>
    <message>
        <source>Only created since</source>
        <translation>Only created since</translation>
    </message>
    <message>
        <source>e.g. 12, 15, 40 (empty: all)</source>
        <translation>e.g. 12, 15, 40 (empty: all)</translation>
    </message>
    <message>
        <source>Shop ids separated by commas: only these customers or orders are uploaded</source>
        <translation>Shop ids separated by commas: only these customers or orders are uploaded</translation>
    </message>
    <message>
        <source>Upload customers</source>
        <translation>Upload customers</translation>
    </message>
    <message>
        <source>Upload orders</source>
        <translation>Upload orders</translation>
    </message>
    <message>
        <source>Orders bring the customers they need first; orders already in the CRM are skipped</source>
        <translation>Orders bring the customers they need first; orders already in the CRM are skipped</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>Customers:</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>Orders:</translation>
    </message>
    <message>
        <source>Only these ids:</source>
        <translation>Only these ids:</translation>
    </message>
    <message>
        <source>Nothing is running.</source>
        <translation>Nothing is running.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop after the answers in flight; the journal keeps what was done, so it can resume</source>
        <translation>Stop after the answers in flight; the journal keeps what was done, so it can resume</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed items&lt;/b&gt;</source>
        <translation>&lt;b&gt;Failed items&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Shop id</source>
        <translation>Shop id</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>External id</translation>
    </message>
    <message>
        <source>The CRM's reason</source>
        <translation>The CRM's reason</translation>
    </message>
    <message>
        <source>No failed items. When the CRM refuses a customer, an order or an offer, it is listed here with the CRM's reason; fix the cause (usually a code mapping) and press “Retry failed”.</source>
        <translation>No failed items. When the CRM refuses a customer, an order or an offer, it is listed here with the CRM's reason; fix the cause (usually a code mapping) and press “Retry failed”.</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <source>Send the failed items again (after fixing what the CRM complained about)</source>
        <translation>Send the failed items again (after fixing what the CRM complained about)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Count the shop's customers and orders and what the CRM already has again (F5)</source>
        <translation>Count the shop's customers and orders and what the CRM already has again (F5)</translation>
    </message>
    <message>
        <source>Export the catalog as ICML</source>
        <translation>Export the catalog as ICML</translation>
    </message>
    <message>
        <source>ICML files (*.xml);;All files (*)</source>
        <translation>ICML files (*.xml);;All files (*)</translation>
    </message>
    <message>
        <source>not counted yet</source>
        <translation>not counted yet</translation>
    </message>
    <message>
        <source>Choose what to upload. Customers and orders resume where an earlier run stopped and are never sent twice.</source>
        <translation>Choose what to upload. Customers and orders resume where an earlier run stopped and are never sent twice.</translation>
    </message>
    <message>
        <source>Exporting the catalog (ICML)…</source>
        <translation>Exporting the catalog (ICML)…</translation>
    </message>
    <message>
        <source>Uploading stock and prices…</source>
        <translation>Uploading stock and prices…</translation>
    </message>
    <message>
        <source>Uploading customers…</source>
        <translation>Uploading customers…</translation>
    </message>
    <message>
        <source>Uploading orders…</source>
        <translation>Uploading orders…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the shop's customers and orders and what the CRM already has…</source>
        <translation>Counting the shop's customers and orders and what the CRM already has…</translation>
    </message>
    <message>
        <source>%1 in the shop</source>
        <translation>%1 in the shop</translation>
    </message>
    <message>
        <source>shop not readable</source>
        <translation>shop not readable</translation>
    </message>
    <message>
        <source> · %1 sent · %2 skipped · %3 failed</source>
        <translation> · %1 sent · %2 skipped · %3 failed</translation>
    </message>
    <message>
        <source> · nothing uploaded yet</source>
        <translation> · nothing uploaded yet</translation>
    </message>
    <message>
        <source>The shop database cannot be read: %1 Check the shop settings (Settings page).</source>
        <translation>The shop database cannot be read: %1 Check the shop settings (Settings page).</translation>
    </message>
    <message>
        <source>RetailDesk's journal cannot be read: %1</source>
        <translation>RetailDesk's journal cannot be read: %1</translation>
    </message>
    <message>
        <source>An upload or sync is running in another RetailDesk window or command: %1 Wait until it ends.</source>
        <translation>An upload or sync is running in another RetailDesk window or command: %1 Wait until it ends.</translation>
    </message>
    <message>
        <source>Nothing was uploaded from this profile yet. Start with the catalog (export the ICML file and let the CRM load it), then upload customers and orders.</source>
        <translation>Nothing was uploaded from this profile yet. Start with the catalog (export the ICML file and let the CRM load it), then upload customers and orders.</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>was cancelled</translation>
    </message>
    <message>
        <source>stopped with an error (%1)</source>
        <translation>stopped with an error (%1)</translation>
    </message>
    <message>
        <source>was interrupted (the program was closed or crashed)</source>
        <translation>was interrupted (the program was closed or crashed)</translation>
    </message>
    <message>
        <source>The upload of customers started %1 %2 after %3 of them.</source>
        <translation>The upload of customers started %1 %2 after %3 of them.</translation>
    </message>
    <message>
        <source>The upload of orders started %1 %2 after %3 of them.</source>
        <translation>The upload of orders started %1 %2 after %3 of them.</translation>
    </message>
    <message>
        <source>Resume sends the rest; what the CRM already has is skipped.</source>
        <translation>Resume sends the rest; what the CRM already has is skipped.</translation>
    </message>
    <message>
        <source>The last upload of stock and prices stopped after product %1. Resume continues from there.</source>
        <translation>The last upload of stock and prices stopped after product %1. Resume continues from there.</translation>
    </message>
    <message>
        <source>“%1” is not a shop id. Write whole numbers above 0 separated by commas, e.g. 12, 15, 40.</source>
        <translation>“%1” is not a shop id. Write whole numbers above 0 separated by commas, e.g. 12, 15, 40.</translation>
    </message>
    <message>
        <source>Stopping: waiting for the answers in flight so the journal stays exact…</source>
        <translation>Stopping: waiting for the answers in flight so the journal stays exact…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Cancelled before anything was sent.</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Could not start: %1</translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%1 of %2 products</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 products</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 done</translation>
    </message>
    <message>
        <source> · %1 per second</source>
        <translation> · %1 per second</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · about %1 left</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>The export was cancelled; the file was left as it was.</source>
        <translation>The export was cancelled; the file was left as it was.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Finished.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Customers: read %1, sent %2, skipped %3, failed %4.</source>
        <translation>Customers: read %1, sent %2, skipped %3, failed %4.</translation>
    </message>
    <message>
        <source>Orders: read %1, sent %2, skipped %3, failed %4.</source>
        <translation>Orders: read %1, sent %2, skipped %3, failed %4.</translation>
    </message>
    <message>
        <source>Customers created first: %1 (refused: %2).</source>
        <translation>Customers created first: %1 (refused: %2).</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Skipped %1: %2</translation>
    </message>
    <message>
        <source>%1 more failed items are not listed; the journal has them all.</source>
        <translation>%1 more failed items are not listed; the journal has them all.</translation>
    </message>
    <message>
        <source>%1 items were read but not finished; the next run picks them up.</source>
        <translation>%1 items were read but not finished; the next run picks them up.</translation>
    </message>
    <message>
        <source>Stopped by an error: %1</source>
        <translation>Stopped by an error: %1</translation>
    </message>
    <message>
        <source>Cancelled. The journal is up to date: Resume or upload again to continue.</source>
        <translation>Cancelled. The journal is up to date: Resume or upload again to continue.</translation>
    </message>
    <message>
        <source>Fix what the CRM complained about (often a code on the Mappings page), then press “Retry failed”.</source>
        <translation>Fix what the CRM complained about (often a code on the Mappings page), then press “Retry failed”.</translation>
    </message>
    <message>
        <source>Took %1, %2 requests.</source>
        <translation>Took %1, %2 requests.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 categories, %3 products, %4 offers (%5).</source>
        <translation>Wrote %1: %2 categories, %3 products, %4 offers (%5).</translation>
    </message>
    <message>
        <source>Left out: %1 (see the reasons in the CLI's catalog report).</source>
        <translation>Left out: %1 (see the reasons in the CLI's catalog report).</translation>
    </message>
    <message>
        <source>Put the file where the CRM can download it (its URL goes into the CRM's site settings), then upload stock and prices.</source>
        <translation>Put the file where the CRM can download it (its URL goes into the CRM's site settings), then upload stock and prices.</translation>
    </message>
    <message>
        <source>Stock and prices: %1 products, %2 offers.</source>
        <translation>Stock and prices: %1 products, %2 offers.</translation>
    </message>
    <message>
        <source>%1: not sent (%2).</source>
        <translation>%1: not sent (%2).</translation>
    </message>
    <message>
        <source>%1: %2 taken by the CRM, %3 unknown to it, %4 failed.</source>
        <translation>%1: %2 taken by the CRM, %3 unknown to it, %4 failed.</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <source>Stopped by an error: %1 Resume continues from the last product done.</source>
        <translation>Stopped by an error: %1 Resume continues from the last product done.</translation>
    </message>
    <message>
        <source>Cancelled. Resume continues from the last product done.</source>
        <translation>Cancelled. Resume continues from the last product done.</translation>
    </message>
    <message>
        <source>Offers unknown to the CRM appear once it has loaded the ICML catalog; then press “Retry failed”.</source>
        <translation>Offers unknown to the CRM appear once it has loaded the ICML catalog; then press “Retry failed”.</translation>
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