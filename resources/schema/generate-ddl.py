#!/usr/bin/env python3
# Generates resources/schema/{mysql,sqlite}/*.sql from the single table model below, so both dialects and
# the three miniShop2 generations stay in step. Edit the model here, then run:
#   python3 resources/schema/generate-ddl.py            (writes next to this script)
# The .sql files are committed; the build only reads them (core/shop/CMakeLists.txt → :/schema/...).
import os, sys
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

# column: (name, mysql type, sqlite type, nullable, default(None=no default / str literal SQL), unsigned) ; gens = set of generations or None
ALL = {"2.9", "3.0", "4.4"}
def C(name, my, sq, null=True, default=None, gens=None, ai=False):
    return dict(name=name, my=my, sq=sq, null=null, default=default, gens=gens or ALL, ai=ai)

INTU = "int(10) unsigned"
def pk():
    return C("id", INTU, "INTEGER", null=False, ai=True)
def dec(p="12,2", null=True, default="0", gens=None):
    c = C(None, "decimal(%s)" % p, "TEXT", null, default, gens)
    # SQLite keeps decimals as exact TEXT ('1234.50'); the default is written the way MySQL returns it.
    c["sqdefault"] = "'0.000'" if p == "13,3" else "'0.00'"
    return c

def named(c, n):
    c = dict(c); c["name"] = n; return c

TABLES = []  # (file, table, columns, pk cols, indexes [(name, cols, unique)], comment)
def T(file, table, cols, pkc=("id",), idx=(), gens=None):
    TABLES.append(dict(file=file, table=table, cols=cols, pk=list(pkc), idx=list(idx), gens=gens or ALL))

# ---------------- MODX core ----------------
T("modx", "users", [
    pk(),
    C("username", "varchar(100)", "TEXT", False, "''"),
    C("password", "varchar(255)", "TEXT", False, "''"),
    C("cachepwd", "varchar(255)", "TEXT", False, "''"),
    C("class_key", "varchar(100)", "TEXT", False, "'modUser'"),
    C("active", "tinyint(1) unsigned", "INTEGER", False, "1"),
    C("remote_key", "varchar(191)", "TEXT", True, None),
    C("remote_data", "text", "TEXT", True, None),
    C("hash_class", "varchar(100)", "TEXT", False, "'hashing.modPBKDF2'"),
    C("salt", "varchar(100)", "TEXT", False, "''"),
    C("primary_group", INTU, "INTEGER", False, "0"),
    C("session_stale", "text", "TEXT", True, None),
    C("sudo", "tinyint(1)", "INTEGER", False, "0"),
    C("createdon", "int(20)", "INTEGER", False, "0"),
], idx=[("username", ["username"], True), ("class_key", ["class_key"], False),
        ("remote_key", ["remote_key"], False), ("primary_group", ["primary_group"], False)])

T("modx", "user_attributes", [
    pk(),
    C("internalKey", "int(10)", "INTEGER", False),
    C("fullname", "varchar(100)", "TEXT", False, "''"),
    C("email", "varchar(100)", "TEXT", False, "''"),
    C("phone", "varchar(100)", "TEXT", False, "''"),
    C("mobilephone", "varchar(100)", "TEXT", False, "''"),
    C("blocked", "tinyint(1) unsigned", "INTEGER", False, "0"),
    C("blockeduntil", "int(11)", "INTEGER", False, "0"),
    C("blockedafter", "int(11)", "INTEGER", False, "0"),
    C("logincount", "int(11)", "INTEGER", False, "0"),
    C("lastlogin", "int(11)", "INTEGER", False, "0"),
    C("thislogin", "int(11)", "INTEGER", False, "0"),
    C("failedlogincount", "int(10)", "INTEGER", False, "0"),
    C("sessionid", "varchar(100)", "TEXT", False, "''"),
    C("dob", "int(10)", "INTEGER", False, "0"),
    C("gender", "int(1)", "INTEGER", False, "0"),
    C("address", "text", "TEXT", False),
    C("country", "varchar(191)", "TEXT", False, "''"),
    C("city", "varchar(191)", "TEXT", False, "''"),
    C("state", "varchar(25)", "TEXT", False, "''"),
    C("zip", "varchar(25)", "TEXT", False, "''"),
    C("fax", "varchar(100)", "TEXT", False, "''"),
    C("photo", "varchar(255)", "TEXT", False, "''"),
    C("comment", "text", "TEXT", False),
    C("website", "varchar(255)", "TEXT", False, "''"),
    C("extended", "text", "TEXT", True, None),
], idx=[("internalKey", ["internalKey"], True)])

T("modx", "site_content", [
    pk(),
    C("type", "varchar(20)", "TEXT", False, "'document'"),
    C("contentType", "varchar(50)", "TEXT", False, "'text/html'"),
    C("pagetitle", "varchar(191)", "TEXT", False, "''"),
    C("longtitle", "varchar(191)", "TEXT", False, "''"),
    C("description", "text", "TEXT", True, None),
    C("alias", "varchar(191)", "TEXT", True, "''"),
    C("link_attributes", "varchar(255)", "TEXT", False, "''"),
    C("published", "tinyint(1) unsigned", "INTEGER", False, "0"),
    C("pub_date", "int(20)", "INTEGER", False, "0"),
    C("unpub_date", "int(20)", "INTEGER", False, "0"),
    C("parent", "int(10)", "INTEGER", False, "0"),
    C("isfolder", "tinyint(1) unsigned", "INTEGER", False, "0"),
    C("introtext", "text", "TEXT", True, None),
    C("content", "mediumtext", "TEXT", True, None),
    C("richtext", "tinyint(1) unsigned", "INTEGER", False, "1"),
    C("template", "int(10)", "INTEGER", False, "0"),
    C("menuindex", "int(10)", "INTEGER", False, "0"),
    C("searchable", "tinyint(1) unsigned", "INTEGER", False, "1"),
    C("cacheable", "tinyint(1) unsigned", "INTEGER", False, "1"),
    C("createdby", "int(10)", "INTEGER", False, "0"),
    C("createdon", "int(20)", "INTEGER", False, "0"),
    C("editedby", "int(10)", "INTEGER", False, "0"),
    C("editedon", "int(20)", "INTEGER", False, "0"),
    C("deleted", "tinyint(1) unsigned", "INTEGER", False, "0"),
    C("deletedon", "int(20)", "INTEGER", False, "0"),
    C("deletedby", "int(10)", "INTEGER", False, "0"),
    C("publishedon", "int(20)", "INTEGER", False, "0"),
    C("publishedby", "int(10)", "INTEGER", False, "0"),
    C("menutitle", "varchar(255)", "TEXT", False, "''"),
    C("hidemenu", "tinyint(1) unsigned", "INTEGER", False, "0"),
    C("class_key", "varchar(100)", "TEXT", False, "'modDocument'"),
    C("context_key", "varchar(100)", "TEXT", False, "'web'"),
    C("content_type", "int(11) unsigned", "INTEGER", False, "1"),
    C("uri", "text", "TEXT", True, None),
    C("uri_override", "tinyint(1)", "INTEGER", False, "0"),
    C("hide_children_in_tree", "tinyint(1)", "INTEGER", False, "0"),
    C("show_in_tree", "tinyint(1)", "INTEGER", False, "1"),
    C("properties", "mediumtext", "TEXT", True, None),
], idx=[("alias", ["alias"], False), ("published", ["published"], False), ("parent", ["parent"], False),
        ("isfolder", ["isfolder"], False), ("menuindex", ["menuindex"], False), ("deleted", ["deleted"], False),
        ("class_key", ["class_key"], False), ("context_key", ["context_key"], False),
        ("parent_published", ["parent", "published"], False)])

T("modx", "system_settings", [
    C("key", "varchar(50)", "TEXT", False, "''"),
    C("value", "text", "TEXT", False),
    C("xtype", "varchar(75)", "TEXT", False, "'textfield'"),
    C("namespace", "varchar(40)", "TEXT", False, "'core'"),
    C("area", "varchar(255)", "TEXT", False, "''"),
    C("editedon", "datetime", "TEXT", True, None),
], pkc=("key",))

# ---------------- miniShop2 ----------------
G30 = {"3.0", "4.4"}
T("ms2", "ms2_orders", [
    pk(),
    C("user_id", INTU, "INTEGER", False),
    C("session_id", "varchar(32)", "TEXT", False, "''", G30),
    C("createdon", "datetime", "TEXT", True, None),
    C("updatedon", "datetime", "TEXT", True, None),
    C("num", "varchar(20)", "TEXT", True, "''"),
    named(dec(), "cost"), named(dec(), "cart_cost"), named(dec(), "delivery_cost"),
    named(dec("13,3"), "weight"),
    C("status", INTU, "INTEGER", True, "0"),
    C("delivery", INTU, "INTEGER", True, "0"),
    C("payment", INTU, "INTEGER", True, "0"),
    C("address", INTU, "INTEGER", True, "0", {"2.9", "3.0"}),
    C("context", "varchar(100)", "TEXT", True, "'web'"),
    C("comment", "text", "TEXT", True, None, {"2.9"}),
    C("order_comment", "text", "TEXT", True, None, G30),
    C("properties", "text", "TEXT", True, None),
    C("type", "tinyint(3) unsigned", "INTEGER", True, "0"),
], idx=[("user_id", ["user_id"], False), ("session_id", ["session_id"], False), ("status", ["status"], False),
        ("num", ["num"], False), ("type", ["type"], False), ("createdon", ["createdon"], False)])

T("ms2", "ms2_order_addresses", [
    pk(),
    C("order_id", INTU, "INTEGER", True, None, {"4.4"}),
    C("user_id", INTU, "INTEGER", False),
    C("createdon", "datetime", "TEXT", True, None),
    C("updatedon", "datetime", "TEXT", True, None),
    C("receiver", "varchar(255)", "TEXT", True, None),
    C("phone", "varchar(20)", "TEXT", True, None),
    C("email", "varchar(191)", "TEXT", True, None, G30),
    C("country", "varchar(100)", "TEXT", True, None),
    C("index", "varchar(50)", "TEXT", True, None),
    C("region", "varchar(100)", "TEXT", True, None),
    C("city", "varchar(100)", "TEXT", True, None),
    C("metro", "varchar(255)", "TEXT", True, None),
    C("street", "varchar(255)", "TEXT", True, None),
    C("building", "varchar(10)", "TEXT", True, None),
    C("entrance", "varchar(10)", "TEXT", True, None),
    C("floor", "varchar(10)", "TEXT", True, None),
    C("room", "varchar(10)", "TEXT", True, None),
    C("comment", "text", "TEXT", True, None),
    C("text_address", "text", "TEXT", True, None),
    C("properties", "text", "TEXT", True, None),
], idx=[("user_id", ["user_id"], False), ("order_id", ["order_id"], False)])

T("ms2", "ms2_order_products", [
    pk(),
    C("product_id", INTU, "INTEGER", False),
    C("order_id", INTU, "INTEGER", False),
    C("name", "varchar(255)", "TEXT", True, None),
    C("count", INTU, "INTEGER", True, "1"),
    named(dec(), "price"), named(dec("13,3"), "weight"), named(dec(), "cost"),
    C("options", "text", "TEXT", True, None),
    C("properties", "text", "TEXT", True, None, G30),
], idx=[("product_id", ["product_id"], False), ("order_id", ["order_id"], False)])

T("ms2", "ms2_order_statuses", [
    pk(),
    C("name", "varchar(100)", "TEXT", False),
    C("description", "text", "TEXT", True, None),
    C("color", "char(6)", "TEXT", True, "'000000'"),
    C("email_user", "tinyint(1)", "INTEGER", True, "0"),
    C("email_manager", "tinyint(1)", "INTEGER", True, "0"),
    C("subject_user", "varchar(255)", "TEXT", True, "''"),
    C("subject_manager", "varchar(255)", "TEXT", True, "''"),
    C("body_user", "int(10)", "INTEGER", True, "0"),
    C("body_manager", "int(10)", "INTEGER", True, "0"),
    C("active", "tinyint(1)", "INTEGER", True, "1"),
    C("final", "tinyint(1)", "INTEGER", True, "0"),
    C("fixed", "tinyint(1)", "INTEGER", True, "0"),
    C("rank", "tinyint(1) unsigned", "INTEGER", True, "0", {"2.9"}),
    C("rank", INTU, "INTEGER", True, "0", G30),
    C("editable", "tinyint(1)", "INTEGER", True, "1"),
], idx=[("active", ["active"], False)])

T("ms2", "ms2_order_logs", [
    pk(),
    C("user_id", INTU, "INTEGER", False, "0"),
    C("order_id", INTU, "INTEGER", False),
    C("timestamp", "datetime", "TEXT", True, None),
    C("action", "varchar(100)", "TEXT", False),
    C("entry", "varchar(255)", "TEXT", False, "'0'"),
    C("ip", "text", "TEXT", False),
], idx=[("user_id", ["user_id"], False), ("order_id", ["order_id"], False), ("action", ["action"], False)])

T("ms2", "ms2_deliveries", [
    pk(),
    C("name", "varchar(255)", "TEXT", False),
    C("description", "text", "TEXT", True, None),
    C("price", "varchar(11)", "TEXT", True, "'0'"),
    named(dec(), "weight_price"), named(dec(), "distance_price"),
    C("logo", "varchar(255)", "TEXT", True, None),
    C("rank", "tinyint(1) unsigned", "INTEGER", True, "0"),
    C("active", "tinyint(1)", "INTEGER", True, "1"),
    C("class", "varchar(50)", "TEXT", True, None),
    C("properties", "text", "TEXT", True, None),
    C("requires", "varchar(255)", "TEXT", True, "'email,receiver'"),
    named(dec(), "free_delivery_amount"),
], idx=[("rank", ["rank"], False), ("active", ["active"], False)])

T("ms2", "ms2_payments", [
    pk(),
    C("name", "varchar(255)", "TEXT", False),
    C("description", "text", "TEXT", True, None),
    C("price", "varchar(11)", "TEXT", True, "'0'"),
    C("logo", "varchar(255)", "TEXT", True, None),
    C("rank", "tinyint(1) unsigned", "INTEGER", True, "0", {"2.9", "3.0"}),
    C("rank", INTU, "INTEGER", True, "0", {"4.4"}),
    C("active", "tinyint(1) unsigned", "INTEGER", True, "1"),
    C("class", "varchar(50)", "TEXT", True, None),
    C("properties", "text", "TEXT", True, None),
], idx=[("rank", ["rank"], False), ("active", ["active"], False)])

T("ms2", "ms2_delivery_payments", [
    C("delivery_id", INTU, "INTEGER", False),
    C("payment_id", INTU, "INTEGER", False),
], pkc=("delivery_id", "payment_id"))

T("ms2", "ms2_products", [
    C("id", INTU, "INTEGER", False),
    C("article", "varchar(50)", "TEXT", True, None),
    named(dec(), "price"), named(dec(), "old_price"), named(dec("13,3"), "weight"),
    C("remains", "int(10)", "INTEGER", False, "0", {"4.4"}),
    C("reserved", "int(10)", "INTEGER", False, "0", {"4.4"}),
    C("image", "varchar(255)", "TEXT", True, None),
    C("thumb", "varchar(255)", "TEXT", True, None),
    C("vendor", INTU, "INTEGER", True, "0"),
    C("made_in", "varchar(100)", "TEXT", True, "''"),
    C("new", "tinyint(1) unsigned", "INTEGER", True, "0"),
    C("popular", "tinyint(1) unsigned", "INTEGER", True, "0"),
    C("favorite", "tinyint(1) unsigned", "INTEGER", True, "0"),
    C("tags", "text", "TEXT", True, None),
    C("color", "text", "TEXT", True, None),
    C("size", "text", "TEXT", True, None),
    C("source", "int(10) unsigned", "INTEGER", True, "1"),
], idx=[("article", ["article"], False), ("price", ["price"], False), ("vendor", ["vendor"], False)])

T("ms2", "ms2_vendors", [
    pk(),
    C("name", "varchar(100)", "TEXT", False),
    C("resource", INTU, "INTEGER", True, "0"),
    C("country", "varchar(100)", "TEXT", True, None),
    C("logo", "varchar(255)", "TEXT", True, None),
    C("address", "text", "TEXT", True, None),
    C("phone", "varchar(20)", "TEXT", True, None),
    C("fax", "varchar(20)", "TEXT", True, None),
    C("email", "varchar(255)", "TEXT", True, None),
    C("description", "text", "TEXT", True, None),
    C("properties", "text", "TEXT", True, None),
    C("rank", "int(10)", "INTEGER", False, "0", {"4.4"}),
])

T("ms2", "ms2_product_options", [
    C("product_id", INTU, "INTEGER", False),
    C("key", "varchar(191)", "TEXT", False),
    C("value", "text", "TEXT", True, None),
], pkc=(), idx=[("product_id", ["product_id"], False), ("key", ["key"], False)])

T("ms2", "ms2_options", [
    pk(),
    C("key", "varchar(191)", "TEXT", False),
    C("caption", "varchar(191)", "TEXT", True, None),
    C("description", "text", "TEXT", True, None),
    C("measure_unit", "tinytext", "TEXT", True, None),
    C("category", "int(10) unsigned", "INTEGER", True, "0"),
    C("type", "varchar(191)", "TEXT", True, None),
    C("properties", "text", "TEXT", True, None),
], idx=[("key", ["key"], True), ("category", ["category"], False)])

T("ms2", "ms2_product_categories", [
    C("product_id", INTU, "INTEGER", False),
    C("category_id", INTU, "INTEGER", False),
], pkc=("product_id", "category_id"))

T("ms2", "ms2_product_files", [
    pk(),
    C("product_id", INTU, "INTEGER", False),
    C("source", INTU, "INTEGER", True, "1"),
    C("parent", INTU, "INTEGER", True, "0"),
    C("name", "varchar(255)", "TEXT", True, "''"),
    C("description", "text", "TEXT", True, None),
    C("path", "varchar(255)", "TEXT", True, None),
    C("file", "varchar(255)", "TEXT", False),
    C("type", "varchar(50)", "TEXT", True, None),
    C("createdon", "datetime", "TEXT", True, None),
    C("createdby", INTU, "INTEGER", True, "0"),
    C("rank", "smallint(5) unsigned", "INTEGER", True, "0"),
    C("url", "varchar(255)", "TEXT", True, "''"),
    C("properties", "text", "TEXT", True, None),
    C("hash", "char(40)", "TEXT", True, "''"),
    C("active", "tinyint(1)", "INTEGER", True, "1"),
], idx=[("product_id", ["product_id"], False), ("type", ["type"], False), ("parent", ["parent"], False)])

T("ms2", "ms2_customer_profiles", [
    C("id", INTU, "INTEGER", False),
    named(dec(), "account"), named(dec(), "spent"),
    C("createdon", "datetime", "TEXT", True, None),
    C("referrer_id", INTU, "INTEGER", True, "0"),
    C("referrer_code", "varchar(50)", "TEXT", True, "''"),
], idx=[("referrer_id", ["referrer_id"], False)])

# ---------------- add-ons ----------------
T("msoptionsprice", "msop_modifications", [
    pk(),
    C("rid", INTU, "INTEGER", False, "0"),
    C("name", "varchar(255)", "TEXT", True, "''"),
    C("type", "tinyint(3) unsigned", "INTEGER", True, "1"),
    C("price", "varchar(11)", "TEXT", True, "'0'"),
    C("old_price", "varchar(11)", "TEXT", True, "'0'"),
    C("article", "varchar(50)", "TEXT", True, "''"),
    named(dec("13,3"), "weight"),
    C("count", "int(10)", "INTEGER", True, "0"),
    C("image", "int(10)", "INTEGER", True, "0"),
    C("active", "tinyint(1)", "INTEGER", True, "1"),
    C("rank", "int(10)", "INTEGER", True, "0"),
    C("sync_id", "varchar(100)", "TEXT", True, "''"),
    C("sync_service", "varchar(100)", "TEXT", True, "''"),
    C("description", "text", "TEXT", True, None),
], idx=[("rid", ["rid"], False), ("type", ["type"], False), ("active", ["active"], False), ("rank", ["rank"], False)])

T("msoptionsprice", "msop_modification_options", [
    C("mid", INTU, "INTEGER", False, "0"),
    C("rid", INTU, "INTEGER", False, "0"),
    C("key", "varchar(191)", "TEXT", False, "''"),
    C("value", "text", "TEXT", True, None),
], pkc=("mid", "rid", "key"), idx=[("rid", ["rid"], False), ("key", ["key"], False)])

T("mspromocode", "mspc_orders", [
    pk(),
    C("order_id", INTU, "INTEGER", False),
    C("coupon_id", INTU, "INTEGER", True, "0"),
    C("code", "varchar(100)", "TEXT", False),
    named(dec(), "discount_amount"),
    C("createdon", "datetime", "TEXT", True, None),
], idx=[("order_id", ["order_id"], False), ("coupon_id", ["coupon_id"], False), ("code", ["code"], False)])

HEADER = {
    "modx": "MODX Revolution core tables RetailDesk reads (modUser, modUserProfile, modResource, modSystemSetting),\n-- trimmed to the columns of minishop2.md section 2 plus a few realistic ones.",
    "msoptionsprice": "msOptionsPrice2 (newer shape, evgrishin/mes): product modifications and their option values.",
    "mspromocode": "msPromoCode: the coupon applied to an order (mspc_orders).",
}
GEN_DESC = {
    "2.9": "miniShop2 2.9.x (2.9.1+): ms2_orders.address + comment; addresses with entrance/floor/text_address, no email; no session_id; status rank tinyint.",
    "3.0": "miniShop2 3.0.7: session_id, order_comment (3.0.5+), ms2_orders.address, addresses.email, order_products.properties, status rank int.",
    "4.4": "miniShop2 4.4.1: no ms2_orders.address; ms2_order_addresses.order_id NULL-able; products.remains/reserved; vendors.rank; payments.rank int.",
}

def mq(n): return "`%s`" % n
def sq(n): return '"%s"' % n

def col_mysql(c):
    s = "  %s %s" % (mq(c["name"]), c["my"])
    if c["ai"]:
        return s + " NOT NULL AUTO_INCREMENT"
    s += " NULL" if c["null"] else " NOT NULL"
    if c["default"] is not None:
        s += " DEFAULT " + c["default"]
    return s

def col_sqlite(c, single_pk):
    if c["ai"]:
        return "  %s INTEGER PRIMARY KEY AUTOINCREMENT" % sq(c["name"])
    s = "  %s %s" % (sq(c["name"]), c["sq"])
    if single_pk and c["name"] == single_pk:
        s += " PRIMARY KEY"
    s += "" if c["null"] else " NOT NULL"
    if c["default"] is not None:
        s += " DEFAULT " + c.get("sqdefault", c["default"])
    return s

def table_sql(t, gen, dialect):
    cols = [c for c in t["cols"] if gen in c["gens"]]
    names = {c["name"] for c in cols}
    idx = [i for i in t["idx"] if all(x in names for x in i[1])]
    out = []
    if dialect == "mysql":
        lines = [col_mysql(c) for c in cols]
        if t["pk"]:
            lines.append("  PRIMARY KEY (%s)" % ", ".join(mq(x) for x in t["pk"]))
        for name, ic, uniq in idx:
            lines.append("  %sKEY %s (%s)" % ("UNIQUE " if uniq else "", mq(name), ", ".join(mq(x) for x in ic)))
        out.append("CREATE TABLE `{PREFIX}%s` (\n%s\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;" % (t["table"], ",\n".join(lines)))
    else:
        single = t["pk"][0] if len(t["pk"]) == 1 else None
        has_ai = any(c["ai"] for c in cols)
        lines = [col_sqlite(c, None if has_ai else single) for c in cols]
        if len(t["pk"]) > 1:
            lines.append("  PRIMARY KEY (%s)" % ", ".join(sq(x) for x in t["pk"]))
        out.append('CREATE TABLE "{PREFIX}%s" (\n%s\n);' % (t["table"], ",\n".join(lines)))
        for name, ic, uniq in idx:
            out.append('CREATE %sINDEX "{PREFIX}%s_%s" ON "{PREFIX}%s" (%s);' % ("UNIQUE " if uniq else "", t["table"], name, t["table"], ", ".join(sq(x) for x in ic)))
    return "\n".join(out)

def sqlstr(v):
    if v is None:
        return "NULL"
    if isinstance(v, int):
        return str(v)
    return "'" + v.replace("'", "''") + "'"

def insert(q, table, cols, rows):
    head = "INSERT INTO %s (%s) VALUES" % (q("{PREFIX}" + table), ", ".join(q(c) for c in cols))
    return head + "\n" + ",\n".join("  (" + ", ".join(sqlstr(v) for v in r) + ")" for r in rows) + ";"

def seed(gen, q):
    # minishop2.md section 5: what the installer creates.
    st = [(1, "Новый", "000000", 0, 1, 0, 1), (2, "Оплачен", "008000", 0, 1, 1, 2),
          (3, "Отправлен", "003366", 1, 1, 2, 3), (4, "Отменён", "800000", 1, 1, 3, 4)]
    if gen == "3.0":
        st.append((999, "Оформляется", "C0C0C0", 0, 0, 998, 0))
    if gen == "4.4":
        st.append((999, "Черновик", "C0C0C0", 0, 0, 998, 0))
    rows = [(i, n, c, 1, fin, fix, (r4 if gen == "4.4" else r3) if i != 999 else (0 if gen == "4.4" else 998), 0)
            for (i, n, c, fin, fix, r3, r4) in st]
    out = ["-- Default data of the miniShop2 %s installer (minishop2.md section 5), names in Russian." % gen]
    out.append(insert(q, "ms2_order_statuses", ["id", "name", "color", "active", "final", "fixed", "rank", "editable"], rows))
    out.append(insert(q, "ms2_deliveries", ["id", "name", "price", "rank", "active", "class", "requires"],
                      [(1, "Самовывоз", "0", 0, 1, "", "email,receiver")]))
    pays = [(1, "Оплата наличными", "0", 0, 1, "")]
    if gen == "2.9":
        pays.append((2, "PayPal", "0", 1, 0, "PayPal"))
    out.append(insert(q, "ms2_payments", ["id", "name", "price", "rank", "active", "class"], pays))
    out.append(insert(q, "ms2_delivery_payments", ["delivery_id", "payment_id"], [(1, 1)]))
    settings = [("ms2_order_format_num", "%y%m"), ("ms2_order_format_num_separator", "/"),
                ("ms2_order_user_groups", ""), ("ms2_date_format", "%d.%m.%y <span class=\"gray\">%H:%M</span>")]
    if gen != "2.9":
        settings.append(("ms2_tmp_storage", "session"))
    if gen == "4.4":
        settings += [("ms2_status_new", "1"), ("ms2_status_paid", "2"), ("ms2_status_draft", "999"),
                     ("ms2_status_canceled", "4")]
    out.append(insert(q, "system_settings", ["key", "value", "xtype", "namespace", "area"],
                      [(k, v, "textfield", "minishop2", "ms2_order") for k, v in settings]))
    return "\n".join(out) + "\n"

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

for dialect in ("mysql", "sqlite"):
    d = os.path.join(OUT, dialect)
    files = {}
    for gen in ("2.9", "3.0", "4.4"):
        body = [table_sql(t, gen, dialect) for t in TABLES if t["file"] == "ms2"]
        files["ms2-%s.sql" % gen] = "-- %s\n-- %s dialect. {PREFIX} is replaced by the validated table prefix; one statement per ';' at a line end.\n\n%s\n" % (GEN_DESC[gen], dialect, "\n\n".join(body))
    for f in ("modx", "msoptionsprice", "mspromocode"):
        body = [table_sql(t, "4.4", dialect) for t in TABLES if t["file"] == f]
        files[f + ".sql"] = "-- %s\n-- %s dialect. {PREFIX} is replaced by the validated table prefix; one statement per ';' at a line end.\n\n%s\n" % (HEADER[f], dialect, "\n\n".join(body))
    q = mq if dialect == "mysql" else sq
    typ = "VARCHAR(255) NULL" if dialect == "mysql" else "TEXT NULL"
    alters = []
    for table, col in (("ms2_deliveries", "retailcrm_delivery_code"), ("ms2_payments", "retailcrm_payment_code"),
                       ("ms2_order_statuses", "retailcrm_status_code")):
        alters.append("ALTER TABLE %s ADD COLUMN %s %s;" % (q("{PREFIX}" + table), q(col), typ))
    files["modretailcrm.sql"] = "-- modRetailCRM 2.13.1 (_build/resolvers/extendsMsFields.php): the three CRM code columns.\n-- %s dialect.\n\n%s\n" % (dialect, "\n".join(alters))
    for gen in ("2.9", "3.0", "4.4"):
        files["ms2-%s-data.sql" % gen] = seed(gen, q)
    for name, text in files.items():
        write(os.path.join(d, name), text)
print("ok")
