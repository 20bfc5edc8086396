<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AppOptions</name>
    <message>
        <source>Order Desk: fill Microsoft Teams Operator Connect orders.</source>
        <translation>Order Desk: cumplimentación de pedidos de Operator Connect para Microsoft Teams.</translation>
    </message>
    <message>
        <source>Keep drafts in &lt;dir&gt; (default: $ORDERDESK_DATA_DIR, else the user&apos;s application data folder).</source>
        <translation>Guardar los borradores en &lt;dir&gt; (por defecto: $ORDERDESK_DATA_DIR o, si no está definida, la carpeta de datos de aplicación del usuario).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use the product catalog in &lt;file&gt; instead of the bundled one.</source>
        <translation>Usar el catálogo de productos de &lt;file&gt; en lugar del incluido.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Show the app in &lt;lang&gt; (en, de, ...) instead of the system language.</source>
        <translation>Mostrar la aplicación en &lt;lang&gt; (en, de, ...) en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Consulte --help.</translation>
    </message>
    <message>
        <source>Unknown argument: %1. Try --help.</source>
        <translation>Argumento desconocido: %1. Consulte --help.</translation>
    </message>
    <message>
        <source>Send to the carrier&apos;s services and the e-signature service at &lt;url&gt; (all of them; HTTPS, or HTTP to this computer). Default: $ORDERDESK_UPSTREAM, then the settings.</source>
        <translation>Enviar a los servicios del operador y al servicio de firma electrónica en &lt;url&gt; (a todos ellos; HTTPS, o HTTP a este equipo). Por defecto: $ORDERDESK_UPSTREAM y, después, la configuración.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>--upstream needs a web address such as https://carrier.example or http://127.0.0.1:8080, not &quot;%1&quot;.</source>
        <translation>--upstream necesita una dirección web como https://carrier.example o http://127.0.0.1:8080, no «%1».</translation>
    </message>
    <message>
        <source>Commands (no window; DRAFT.json is a draft exported from Order Desk):
  contract DRAFT.json -o FILE.pdf      Write the order&apos;s contract as a PDF.
  porting-forms DRAFT.json -o FOLDER   Write its porting forms (letters of
                                       authorisation) as PDFs into FOLDER.
They exit with 0 when done, 1 when the draft or the output is the problem,
and 2 when the command line is.</source>
        <translation>Comandos (sin ventana; BORRADOR.json es un borrador exportado desde Order Desk):
  contract BORRADOR.json -o ARCHIVO.pdf    Escribe el contrato del pedido en PDF.
  porting-forms BORRADOR.json -o CARPETA   Escribe sus formularios de portabilidad
                                           (autorizaciones) en PDF en CARPETA.
Terminan con 0 si todo va bien, 1 si el problema es el borrador o la salida,
y 2 si lo es la línea de comandos.</translation>
    </message>
    <message>
        <source>The commands: write to &lt;path&gt; (contract: the PDF file; porting-forms: the folder, created when missing).</source>
        <translation>Para los comandos: escribir en &lt;path&gt; (contract: el archivo PDF; porting-forms: la carpeta, que se crea si no existe).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>contract or porting-forms (see above).</source>
        <translation>contract o porting-forms (véase más arriba).</translation>
    </message>
    <message>
        <source>%1 needs the exported draft to read: %2</source>
        <translation>%1 necesita el borrador exportado que debe leer: %2</translation>
    </message>
    <message>
        <source>Unknown argument: %1. Usage: %2</source>
        <translation>Argumento desconocido: %1. Uso: %2</translation>
    </message>
    <message>
        <source>%1 needs -o, where to write %2: %3</source>
        <translation>%1 necesita -o, dónde escribir %2: %3</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>el PDF</translation>
    </message>
    <message>
        <source>the forms (a folder)</source>
        <translation>los formularios (una carpeta)</translation>
    </message>
    <message>
        <source>-o belongs to the contract and porting-forms commands. Try --help.</source>
        <translation>-o corresponde a los comandos contract y porting-forms. Consulte --help.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be %1, found %2</source>
        <translation>debe ser %1; se encontró %2</translation>
    </message>
    <message>
        <source>unknown key (check the spelling)</source>
        <translation>clave desconocida (compruebe la ortografía)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>must be a whole number, found %1</source>
        <translation>debe ser un número entero; se encontró %1</translation>
    </message>
    <message>
        <source>must be ≥ 0</source>
        <translation>debe ser ≥ 0</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>debe ser como máximo %1</translation>
    </message>
    <message>
        <source>must list at least one country</source>
        <translation>debe incluir al menos un país</translation>
    </message>
    <message>
        <source>%1 is already listed as %2</source>
        <translation>%1 ya figura como %2</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1 ya lo utiliza %2</translation>
    </message>
    <message>
        <source>%1 is not a country of the Operator Connect footprint</source>
        <translation>%1 no es un país de la cobertura de Operator Connect</translation>
    </message>
    <message>
        <source>%1 is not a country code: use two upper-case letters (ISO 3166-1 alpha-2), such as &quot;DE&quot;</source>
        <translation>%1 no es un código de país: use dos letras mayúsculas (ISO 3166-1 alfa-2), como «DE»</translation>
    </message>
    <message>
        <source>%1 is not a currency code: use three upper-case letters (ISO 4217), such as &quot;EUR&quot;</source>
        <translation>%1 no es un código de moneda: use tres letras mayúsculas (ISO 4217), como «EUR»</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency in use</source>
        <translation>%1 no es una moneda ISO 4217 en uso</translation>
    </message>
    <message>
        <source>must list at least one voice plan</source>
        <translation>debe incluir al menos un plan de voz</translation>
    </message>
    <message>
        <source>unknown CLIP mode %1 (use &quot;screening&quot;, &quot;noScreening&quot; or &quot;presentationNumber&quot;)</source>
        <translation>modo CLIP desconocido %1 (use «screening», «noScreening» o «presentationNumber»)</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 figura dos veces</translation>
    </message>
    <message>
        <source>must contain &quot;screening&quot;, the default CLIP mode</source>
        <translation>debe contener «screening», el modo CLIP por defecto</translation>
    </message>
    <message>
        <source>must be 0 (fixed lead time) or at least leadTimeDays (%1)</source>
        <translation>debe ser 0 (plazo fijo) o al menos leadTimeDays (%1)</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1 at offset %2</source>
        <translation>no es una expresión regular válida: %1 en la posición %2</translation>
    </message>
    <message>
        <source>unknown checksum %1 (use &quot;luhn&quot;, &quot;siret&quot;, &quot;nif&quot;, &quot;codiceFiscale&quot;, &quot;itVat&quot; or &quot;&quot;)</source>
        <translation>suma de control desconocida %1 (use «luhn», «siret», «nif», «codiceFiscale», «itVat» o «»)</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON: %1 at offset %2 (line %3, column %4)</source>
        <translation>El catálogo no es un JSON válido: %1 en la posición %2 (línea %3, columna %4)</translation>
    </message>
    <message>
        <source>The catalog must be a JSON object with &quot;countries&quot;.</source>
        <translation>El catálogo debe ser un objeto JSON con «countries».</translation>
    </message>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation>No se puede leer el catálogo %1: %2</translation>
    </message>
    <message>
        <source>The bundled catalog is missing from this build (:/catalog.json); link orderdesk_resources.</source>
        <translation>Esta compilación no incluye el catálogo integrado (:/catalog.json); enlace orderdesk_resources.</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>office %1</source>
        <translation>sede %1</translation>
    </message>
    <message>
        <source>Setup: %1</source>
        <translation>Alta: %1</translation>
    </message>
    <message>
        <source>Migration of existing numbers</source>
        <translation>Migración de números existentes</translation>
    </message>
    <message>
        <source>Porting of existing numbers</source>
        <translation>Portabilidad de números existentes</translation>
    </message>
    <message>
        <source>Installation: %1</source>
        <translation>Instalación: %1</translation>
    </message>
    <message>
        <source>Activation of new numbers: %1</source>
        <translation>Activación de números nuevos: %1</translation>
    </message>
    <message>
        <source>Call forwarding configuration</source>
        <translation>Configuración del desvío de llamadas</translation>
    </message>
    <message>
        <source>CLIP configuration</source>
        <translation>Configuración de CLIP</translation>
    </message>
    <message>
        <source>Auto attendant configuration</source>
        <translation>Configuración de operadores automáticos</translation>
    </message>
    <message>
        <source>Call queue configuration</source>
        <translation>Configuración de colas de llamadas</translation>
    </message>
</context>
<context>
    <name>OrderJson</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>(documento)</translation>
    </message>
    <message>
        <source>unknown field; this version of Order Desk does not know it, and would lose it</source>
        <translation>campo desconocido; esta versión de Order Desk no lo conoce y lo perdería</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1; se encontró %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>se esperaba un número entero; se encontró %1</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; expected YYYY-MM-DD</source>
        <translation>«%1» no es una fecha; se esperaba AAAA-MM-DD</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601)</source>
        <translation>una fecha y hora (ISO 8601)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; expected ISO 8601, e.g. 2026-12-03T09:30:00Z</source>
        <translation>«%1» no es una fecha y hora; se esperaba ISO 8601, p. ej., 2026-12-03T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone; expected ISO 8601 with Z or an offset, e.g. 2026-12-03T09:30:00Z</source>
        <translation>«%1» no tiene zona horaria; se esperaba ISO 8601 con Z o un desfase, p. ej., 2026-12-03T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«%1» no es ninguno de estos valores: %2</translation>
    </message>
    <message>
        <source>needs both latitude and longitude</source>
        <translation>necesita tanto la latitud como la longitud</translation>
    </message>
    <message>
        <source>latitude must lie within ±90 and longitude within ±180</source>
        <translation>la latitud debe estar entre ±90 y la longitud entre ±180</translation>
    </message>
    <message>
        <source>not a valid order document: %1 at character %2</source>
        <translation>no es un documento de pedido válido: %1 en el carácter %2</translation>
    </message>
    <message>
        <source>not a valid order document: expected a JSON object</source>
        <translation>no es un documento de pedido válido: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>missing; this is not an Order Desk order document</source>
        <translation>falta; esto no es un documento de pedido de Order Desk</translation>
    </message>
    <message>
        <source>this order was saved by a newer version of Order Desk (schema %1; this version reads up to %2). Update Order Desk to open it.</source>
        <translation>este pedido se guardó con una versión más reciente de Order Desk (esquema %1; esta versión lee hasta el %2). Actualice Order Desk para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is not a schema version</source>
        <translation>%1 no es una versión de esquema</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of the order</source>
        <translation>«%1» no es un paso del pedido</translation>
    </message>
    <message>
        <source>missing; every order keeps the reference it was created with</source>
        <translation>falta; todo pedido conserva la referencia con la que se creó</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>No phone number: enter it in national form or with the country code (+…).</source>
        <translation>Falta el número de teléfono: introdúzcalo en formato nacional o con el prefijo de país (+…).</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use only digits, spaces and a leading + for the country code.</source>
        <translation>«%1» no es un número de teléfono: use solo dígitos, espacios y un + inicial para el prefijo de país.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: it contains no digits.</source>
        <translation>«%1» no es un número de teléfono: no contiene dígitos.</translation>
    </message>
    <message>
        <source>Unknown country code: check the digits after + or 00.</source>
        <translation>Prefijo de país desconocido: compruebe los dígitos que siguen a + o 00.</translation>
    </message>
    <message>
        <source>No country for a national number: enter it with the country code (+…).</source>
        <translation>Número nacional sin país: introdúzcalo con el prefijo de país (+…).</translation>
    </message>
    <message>
        <source>The number is too short: check that no digits are missing.</source>
        <translation>El número es demasiado corto: compruebe que no falten dígitos.</translation>
    </message>
    <message>
        <source>The number is too long: check for extra digits.</source>
        <translation>El número es demasiado largo: compruebe que no sobren dígitos.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <source>The number is too short for %1: check that no digits are missing.</source>
        <translation>El número es demasiado corto para %1: compruebe que no falten dígitos.</translation>
    </message>
    <message>
        <source>The number is too long for %1: check for extra digits.</source>
        <translation>El número es demasiado largo para %1: compruebe que no sobren dígitos.</translation>
    </message>
    <message>
        <source>Not a valid number in %1: check the area code and the number of digits.</source>
        <translation>No es un número válido en %1: compruebe el prefijo y el número de dígitos.</translation>
    </message>
    <message>
        <source>The number belongs to %1, not to %2: enter a number of %2 or choose another country.</source>
        <translation>El número pertenece a %1, no a %2: introduzca un número de %2 o elija otro país.</translation>
    </message>
    <message>
        <source>The range has no last number: write it after the separator, e.g. “… to 5699”.</source>
        <translation>Al rango le falta el último número: escríbalo después del separador, p. ej., «… a 5699».</translation>
    </message>
    <message>
        <source>First number of the range: %1</source>
        <translation>Primer número del rango: %1</translation>
    </message>
    <message>
        <source>Last number of the range: %1</source>
        <translation>Último número del rango: %1</translation>
    </message>
    <message>
        <source>The first and last numbers of the range have different lengths (%1 and %2 digits): write both ends in full.</source>
        <translation>El primer y el último número del rango tienen longitudes distintas (%1 y %2 dígitos): escriba ambos extremos completos.</translation>
    </message>
    <message>
        <source>The range ends (%2) before it starts (%1): put the lower number first.</source>
        <translation>El rango termina (%2) antes de empezar (%1): ponga primero el número más bajo.</translation>
    </message>
    <message>
        <source>The range has %1 numbers; at most %2 are allowed: split it into smaller ranges.</source>
        <translation>El rango tiene %1 números; se permiten como máximo %2: divídalo en rangos más pequeños.</translation>
    </message>
</context>
<context>
    <name>PortingNumbers</name>
    <message>
        <source>not a number or a range</source>
        <translation>no es un número ni un rango</translation>
    </message>
    <message>
        <source>Line %1 is a header (&quot;%2&quot;); skipped.</source>
        <translation>La línea %1 es un encabezado («%2»); se omite.</translation>
    </message>
    <message>
        <source>Line %1 has no number in column %2; skipped: %3</source>
        <translation>La línea %1 no tiene ningún número en la columna %2; se omite: %3</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Order Desk</source>
        <translation>Order Desk</translation>
    </message>
    <message>
        <source>The product catalog cannot be used:
%1</source>
        <translation>No se puede usar el catálogo de productos:
%1</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Choose another one with --data-dir.</source>
        <translation>No se puede crear la carpeta de datos %1. Elija otra con --data-dir.</translation>
    </message>
    <message>
        <source>Order Desk could not restart: start it again.</source>
        <translation>Order Desk no se ha podido reiniciar: vuelva a iniciarlo.</translation>
    </message>
</context>
<context>
    <name>RecapWriter</name>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Order %1 for %2</source>
        <translation>Pedido %1 de %2</translation>
    </message>
    <message>
        <source>Countries: %1. Existing numbers are kept in at least one country: the contract is previewed and submitted, then the porting forms are signed.</source>
        <translation>Países: %1. Se conservan los números existentes en al menos un país: se revisa la vista previa del contrato y se tramita el pedido; después se firman los formularios de portabilidad.</translation>
    </message>
    <message>
        <source>Countries: %1. New numbers only: the signatory signs the contract electronically.</source>
        <translation>Países: %1. Solo números nuevos: el firmante firma el contrato electrónicamente.</translation>
    </message>
    <message>
        <source>ℹ Queued in the outbox: the order is sent when the carrier&apos;s ordering service is reachable.</source>
        <translation>ℹ En cola en la bandeja de salida: el pedido se enviará cuando el servicio de pedidos del operador esté disponible.</translation>
    </message>
    <message>
        <source>✔ The order is complete: it can be submitted on the next page.</source>
        <translation>✔ El pedido está completo: puede tramitarse en la página siguiente.</translation>
    </message>
    <message>
        <source>✔ The order can be submitted on the next page.</source>
        <translation>✔ El pedido puede tramitarse en la página siguiente.</translation>
    </message>
    <message>
        <source>✖ Still to do before the order can be submitted (%1):</source>
        <translation>✖ Pendiente antes de poder tramitar el pedido (%1):</translation>
    </message>
    <message>
        <source>ℹ Before it is sent, the carrier&apos;s services settle (%1):</source>
        <translation>ℹ Antes del envío, los servicios del operador resolverán (%1):</translation>
    </message>
    <message>
        <source>✎ Edit customer</source>
        <translation>✎ Editar cliente</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Identificado por</translation>
    </message>
    <message>
        <source>OCN and account e-mail</source>
        <translation>OCN y correo electrónico de la cuenta</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>OCN</source>
        <translation>OCN</translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation>Correo electrónico de la cuenta</translation>
    </message>
    <message>
        <source>Online account</source>
        <translation>Cuenta en línea</translation>
    </message>
    <message>
        <source>Online account id</source>
        <translation>ID de la cuenta en línea</translation>
    </message>
    <message>
        <source>Not yet a customer (prospect order)</source>
        <translation>Aún no es cliente (pedido de cliente potencial)</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Domicilio social</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Account check</source>
        <translation>Verificación de la cuenta</translation>
    </message>
    <message>
        <source>✔ verified by the carrier</source>
        <translation>✔ verificada por el operador</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>aún no verificada</translation>
    </message>
    <message>
        <source>Microsoft tenant ID</source>
        <translation>ID de inquilino de Microsoft</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Voice plans, OCN and BCN</source>
        <translation>Planes de voz, OCN y BCN</translation>
    </message>
    <message>
        <source>✎ Edit voice plans of %1</source>
        <translation>✎ Editar los planes de voz de %1</translation>
    </message>
    <message>
        <source>BCN</source>
        <translation>BCN</translation>
    </message>
    <message>
        <source>No voice plan chosen.</source>
        <translation>No se ha elegido ningún plan de voz.</translation>
    </message>
    <message>
        <source>Voice plan</source>
        <translation>Plan de voz</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Per user and month</source>
        <translation>Por usuario y mes</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Existing numbers: migration</source>
        <translation>Números existentes: migración</translation>
    </message>
    <message>
        <source>Existing numbers: port</source>
        <translation>Números existentes: portabilidad</translation>
    </message>
    <message>
        <source>✎ Edit the numbers kept in %1</source>
        <translation>✎ Editar los números que se conservan en %1</translation>
    </message>
    <message>
        <source>Calling Plan</source>
        <translation>Calling Plan</translation>
    </message>
    <message>
        <source>Direct Routing</source>
        <translation>Direct Routing</translation>
    </message>
    <message>
        <source>Operator Connect (another operator)</source>
        <translation>Operator Connect (otro operador)</translation>
    </message>
    <message>
        <source>In Teams today</source>
        <translation>En Teams actualmente</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Operador donante</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Account holder&apos;s address</source>
        <translation>Dirección del titular</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>%1 in total (single numbers: %2, DDI ranges: %3)</source>
        <translation>%1 en total (números individuales: %2, rangos de DDI: %3)</translation>
    </message>
    <message>
        <source>Main billing number</source>
        <translation>Número de cabecera</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Fecha solicitada</translation>
    </message>
    <message>
        <source>Offices and new numbers</source>
        <translation>Sedes y números nuevos</translation>
    </message>
    <message>
        <source>✎ Edit offices of %1</source>
        <translation>✎ Editar las sedes de %1</translation>
    </message>
    <message>
        <source>No office yet.</source>
        <translation>Aún no hay ninguna sede.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Address check</source>
        <translation>Validación de la dirección</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <source>For users</source>
        <translation>Para usuarios</translation>
    </message>
    <message>
        <source>For resource accounts</source>
        <translation>Para cuentas de recursos</translation>
    </message>
    <message>
        <source>Reserved numbers</source>
        <translation>Números reservados</translation>
    </message>
    <message>
        <source>✔ validated</source>
        <translation>✔ validada</translation>
    </message>
    <message>
        <source>queued, waiting for the address service</source>
        <translation>en cola, a la espera del servicio de direcciones</translation>
    </message>
    <message>
        <source>not validated: press Validate</source>
        <translation>no validada: pulse Validar</translation>
    </message>
    <message>
        <source>✖ not confirmed by the address service</source>
        <translation>✖ no confirmada por el servicio de direcciones</translation>
    </message>
    <message>
        <source>queued, waiting for the number service</source>
        <translation>en cola, a la espera del servicio de numeración</translation>
    </message>
    <message>
        <source>not reserved: press Reserve</source>
        <translation>no reservados: pulse Reservar</translation>
    </message>
    <message>
        <source>1: %1</source>
        <translation>1: %1</translation>
    </message>
    <message>
        <source>%1: %2 … %3</source>
        <translation>%1: %2 … %3</translation>
    </message>
    <message>
        <source>Additional services</source>
        <translation>Servicios adicionales</translation>
    </message>
    <message>
        <source>✎ Edit the services of %1</source>
        <translation>✎ Editar los servicios de %1</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Desvío de llamadas</translation>
    </message>
    <message>
        <source>on, to %1</source>
        <translation>activado, a %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>CLIP screening (default)</source>
        <translation>CLIP con verificación (por defecto)</translation>
    </message>
    <message>
        <source>CLIP no screening</source>
        <translation>CLIP sin verificación</translation>
    </message>
    <message>
        <source>presentation number %1</source>
        <translation>número de presentación %1</translation>
    </message>
    <message>
        <source>Caller ID (CLIP)</source>
        <translation>Identificación del llamante (CLIP)</translation>
    </message>
    <message>
        <source>Auto attendants</source>
        <translation>Operadores automáticos</translation>
    </message>
    <message>
        <source>Call queues</source>
        <translation>Colas de llamadas</translation>
    </message>
    <message>
        <source>✎ Edit contacts</source>
        <translation>✎ Editar contactos</translation>
    </message>
    <message>
        <source>Order contact</source>
        <translation>Contacto del pedido</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <source>Legal company address</source>
        <translation>Domicilio social</translation>
    </message>
    <message>
        <source>✔ confirmed by the customer</source>
        <translation>✔ confirmado por el cliente</translation>
    </message>
    <message>
        <source>not confirmed by the customer yet</source>
        <translation>aún no confirmado por el cliente</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>No fees yet.</source>
        <translation>Aún no hay cuotas.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Pago único</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Totales por moneda</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Monthly fees are per month from activation; one-off fees are charged once. Currencies are not converted.</source>
        <translation>Las cuotas mensuales se cobran cada mes desde la activación; las cuotas únicas, una sola vez. No se hace conversión de moneda.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1: the presentation number is not valid: %2</source>
        <translation>%1: el número de presentación no es válido: %2</translation>
    </message>
    <message>
        <source>%1: the presentation number is not stored in international form; retype it.</source>
        <translation>%1: el número de presentación no está guardado en formato internacional; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>%1: the call forwarding number is not valid: %2</source>
        <translation>%1: el número de desvío de llamadas no es válido: %2</translation>
    </message>
    <message>
        <source>%1: the call forwarding number is not stored in international form; retype it.</source>
        <translation>%1: el número de desvío de llamadas no está guardado en formato internacional; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>%1: enter the %2.</source>
        <translation>%1: rellene el campo «%2».</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>nombre de la empresa</translation>
    </message>
    <message>
        <source>street</source>
        <translation>calle</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>localidad</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>Enter the e-mail address of %1.</source>
        <translation>%1: introduzca la dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The e-mail address of %1 is not valid: check it (name@company.com).</source>
        <translation>%1: la dirección de correo electrónico no es válida; compruébela (nombre@empresa.com).</translation>
    </message>
    <message>
        <source>Enter the phone number of %1.</source>
        <translation>%1: introduzca el número de teléfono.</translation>
    </message>
    <message>
        <source>The phone number of %1 is not valid: %2</source>
        <translation>%1: el número de teléfono no es válido: %2</translation>
    </message>
    <message>
        <source>The phone number of %1 is not stored in international form; retype it.</source>
        <translation>%1: el número de teléfono no está guardado en formato internacional; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>Enter the name of %1.</source>
        <translation>%1: introduzca el nombre.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s OCN (customer number).</source>
        <translation>Introduzca el OCN (número de cliente) del cliente.</translation>
    </message>
    <message>
        <source>The OCN has 4 to 12 digits and nothing else: check it.</source>
        <translation>El OCN tiene de 4 a 12 dígitos y nada más: compruébelo.</translation>
    </message>
    <message>
        <source>the customer account (the address on that OCN)</source>
        <translation>Cuenta del cliente (la dirección de ese OCN)</translation>
    </message>
    <message>
        <source>The customer is not verified yet: the OCN and e-mail address are checked with the carrier before the order is sent.</source>
        <translation>El cliente aún no está verificado: el OCN y la dirección de correo electrónico se comprueban con el operador antes de enviar el pedido.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s online account id.</source>
        <translation>Introduzca el ID de la cuenta en línea del cliente.</translation>
    </message>
    <message>
        <source>The online account is not verified yet: it is checked with the carrier before the order is sent.</source>
        <translation>La cuenta en línea aún no está verificada: se comprueba con el operador antes de enviar el pedido.</translation>
    </message>
    <message>
        <source>Enter the prospect&apos;s company name.</source>
        <translation>Introduzca el nombre de la empresa del cliente potencial.</translation>
    </message>
    <message>
        <source>Legal address of the prospect</source>
        <translation>Domicilio social del cliente potencial</translation>
    </message>
    <message>
        <source>the prospect&apos;s contact</source>
        <translation>Contacto del cliente potencial</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s Microsoft tenant ID (a GUID, from the Microsoft Entra admin center).</source>
        <translation>Introduzca el ID de inquilino de Microsoft del cliente (un GUID del Centro de administración de Microsoft Entra).</translation>
    </message>
    <message>
        <source>The tenant ID is not a GUID: it looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx. Paste it again from the Microsoft Entra admin center.</source>
        <translation>El ID de inquilino no es un GUID: tiene el formato xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx. Vuelva a pegarlo desde el Centro de administración de Microsoft Entra.</translation>
    </message>
    <message>
        <source>The tenant ID is all zeros, a placeholder and no tenant: paste the real one from the Microsoft Entra admin center.</source>
        <translation>El ID de inquilino son todo ceros, un marcador de posición y no un inquilino: pegue el real desde el Centro de administración de Microsoft Entra.</translation>
    </message>
    <message>
        <source>Choose at least one country.</source>
        <translation>Elija al menos un país.</translation>
    </message>
    <message>
        <source>%1 is not a country of the catalog: remove it.</source>
        <translation>%1 no es un país del catálogo: quítelo.</translation>
    </message>
    <message>
        <source>%1: the country is in the order twice; remove one.</source>
        <translation>%1: el país figura dos veces en el pedido; quite uno.</translation>
    </message>
    <message>
        <source>Choose at least one voice plan for %1.</source>
        <translation>Elija al menos un plan de voz para %1.</translation>
    </message>
    <message>
        <source>The voice plan &quot;%1&quot; is not offered in %2: choose another.</source>
        <translation>El plan de voz «%1» no está disponible en %2: elija otro.</translation>
    </message>
    <message>
        <source>%1 is chosen twice for %2: add the users to one line.</source>
        <translation>%1 está elegido dos veces para %2: sume los usuarios en una sola línea.</translation>
    </message>
    <message>
        <source>%1 in %2: enter how many users (at least 1), or remove the plan.</source>
        <translation>%1 en %2: indique cuántos usuarios (al menos 1) o quite el plan.</translation>
    </message>
    <message>
        <source>Choose the OCN (customer number) for %1.</source>
        <translation>Elija el OCN (número de cliente) para %1.</translation>
    </message>
    <message>
        <source>Choose the BCN (billing account) for %1.</source>
        <translation>Elija el BCN (cuenta de facturación) para %1.</translation>
    </message>
    <message>
        <source>%1: choose how the numbers reach Teams today (Calling Plan, Direct Routing or another Operator Connect operator).</source>
        <translation>%1: elija cómo llegan hoy los números a Teams (Calling Plan, Direct Routing u otro operador de Operator Connect).</translation>
    </message>
    <message>
        <source>%1: enter the carrier the numbers come from.</source>
        <translation>%1: indique el operador del que proceden los números.</translation>
    </message>
    <message>
        <source>%1: enter the account holder&apos;s name exactly as the current carrier knows it.</source>
        <translation>%1: introduzca el nombre del titular exactamente como lo conoce el operador actual.</translation>
    </message>
    <message>
        <source>%1, account holder&apos;s address</source>
        <translation>%1, dirección del titular</translation>
    </message>
    <message>
        <source>%1: enter the numbers to keep (single numbers or DDI ranges).</source>
        <translation>%1: introduzca los números que se conservan (números individuales o rangos de DDI).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number or a range: correct or remove it.</source>
        <translation>%1: «%2» no es un número ni un rango: corríjalo o quítelo.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 is not stored in international form; correct or re-enter it.</source>
        <translation>%1: %2 no está guardado en formato internacional; corríjalo o vuelva a introducirlo.</translation>
    </message>
    <message>
        <source>%1: end of range %2: %3</source>
        <translation>%1: final del rango %2: %3</translation>
    </message>
    <message>
        <source>%1: the end of range %2 is not stored in international form; correct or re-enter it.</source>
        <translation>%1: el final del rango %2 no está guardado en formato internacional; corríjalo o vuelva a introducirlo.</translation>
    </message>
    <message>
        <source>%1: the range %2 must run from the lower to the higher number, both of the same length.</source>
        <translation>%1: el rango %2 debe ir del número más bajo al más alto, ambos con la misma longitud.</translation>
    </message>
    <message>
        <source>%1: %2 overlaps entry %3 (%4): list each number once.</source>
        <translation>%1: %2 se solapa con la entrada %3 (%4): indique cada número una sola vez.</translation>
    </message>
    <message>
        <source>%1: the area code %2 belongs to %3, not to %4 where the account holder is; %5</source>
        <translation>%1: el prefijo %2 corresponde a %3, no a %4, donde se encuentra el titular; %5</translation>
    </message>
    <message>
        <source>numbers can only be kept at an address in their area.</source>
        <translation>los números solo se pueden conservar en una dirección de su zona.</translation>
    </message>
    <message>
        <source>the carrier may refuse the port.</source>
        <translation>el operador puede rechazar la portabilidad.</translation>
    </message>
    <message>
        <source>%1: enter the main billing number of the account.</source>
        <translation>%1: introduzca el número de cabecera de la cuenta.</translation>
    </message>
    <message>
        <source>%1: the main billing number is not valid: %2</source>
        <translation>%1: el número de cabecera no es válido: %2</translation>
    </message>
    <message>
        <source>%1: the main billing number is not stored in international form; re-enter it.</source>
        <translation>%1: el número de cabecera no está guardado en formato internacional; vuelva a introducirlo.</translation>
    </message>
    <message>
        <source>%1: choose the port date; the earliest possible is %2.</source>
        <translation>%1: elija la fecha de portabilidad; la más temprana posible es el %2.</translation>
    </message>
    <message>
        <source>%1: the port date is too early: a port in %2 needs %3 working days, so the earliest is %4.</source>
        <translation>%1: la fecha de portabilidad es demasiado temprana: una portabilidad en %2 requiere %3 días hábiles, así que la más temprana es el %4.</translation>
    </message>
    <message>
        <source>%1: numbers are ported on working days; %2 is a weekend or public holiday: choose a working day.</source>
        <translation>%1: los números se portan en días hábiles; el %2 es fin de semana o festivo: elija un día hábil.</translation>
    </message>
    <message>
        <source>%1: the porting form is valid for %2 months after it is signed, and %3 is later than that from today: choose an earlier date, or have the form signed closer to the port.</source>
        <translation>%1: el formulario de portabilidad es válido durante %2 meses desde su firma, y el %3 queda más allá de ese plazo contando desde hoy: elija una fecha anterior o haga firmar el formulario más cerca de la portabilidad.</translation>
    </message>
    <message>
        <source>%1: the catalog has no public holidays of %2, so the port date was checked against weekends only: make sure %3 is a working day in %4, or update the catalog.</source>
        <translation>%1: el catálogo no tiene los festivos de %2, así que la fecha de portabilidad solo se ha comprobado frente a los fines de semana: asegúrese de que el %3 es día hábil en %4, o actualice el catálogo.</translation>
    </message>
    <message>
        <source>%1: the %2 is not valid: check it.</source>
        <translation>%1: el campo «%2» no es válido: compruébelo.</translation>
    </message>
    <message>
        <source>%1: the %2 is not valid: %3</source>
        <translation>%1: el campo «%2» no es válido: %3</translation>
    </message>
    <message>
        <source>%1: add an office to get new numbers, or keep existing numbers.</source>
        <translation>%1: añada una sede para obtener números nuevos, o conserve los números existentes.</translation>
    </message>
    <message>
        <source>%1: at most %2 offices per country; this order has %3. Remove %4.</source>
        <translation>%1: como máximo %2 sedes por país; este pedido tiene %3. Quite %4.</translation>
    </message>
    <message>
        <source>%1 keeps its existing numbers; remove its offices for new numbers or turn porting off.</source>
        <translation>%1 conserva sus números existentes; quite sus sedes para números nuevos o desactive la portabilidad.</translation>
    </message>
    <message>
        <source>%1, office %2</source>
        <translation>%1, sede %2</translation>
    </message>
    <message>
        <source>%1: the address is in %2, but numbers of %3 need an address in %3.</source>
        <translation>%1: la dirección está en %2, pero los números de %3 necesitan una dirección en %3.</translation>
    </message>
    <message>
        <source>%1: the address service could not confirm this address: correct it and validate again.</source>
        <translation>%1: el servicio de direcciones no ha podido confirmar esta dirección: corríjala y vuelva a validarla.</translation>
    </message>
    <message>
        <source>%1: the address is not validated yet: its validation waits for the address service, and the order cannot be sent until it is validated.</source>
        <translation>%1: la dirección aún no está validada: su validación espera al servicio de direcciones, y el pedido no se puede enviar hasta que esté validada.</translation>
    </message>
    <message>
        <source>%1: the address is not validated: press Validate once it is complete.</source>
        <translation>%1: la dirección no está validada: pulse Validar cuando esté completa.</translation>
    </message>
    <message>
        <source>%1: the validated address has no id or geocode: validate it again.</source>
        <translation>%1: la dirección validada no tiene ID ni geocódigo: vuelva a validarla.</translation>
    </message>
    <message>
        <source>%1: reserve at least one number.</source>
        <translation>%1: reserve al menos un número.</translation>
    </message>
    <message>
        <source>%1: at most %2 numbers per office; add another office for more.</source>
        <translation>%1: como máximo %2 números por sede; añada otra sede para tener más.</translation>
    </message>
    <message>
        <source>%1: the numbers for users cannot be negative.</source>
        <translation>%1: los números para usuarios no pueden ser negativos.</translation>
    </message>
    <message>
        <source>%1: the numbers for resource accounts cannot be negative.</source>
        <translation>%1: los números para cuentas de recursos no pueden ser negativos.</translation>
    </message>
    <message>
        <source>%1: numbers for users (%2) and for resource accounts (%3) must add up to the office&apos;s %4 numbers.</source>
        <translation>%1: los números para usuarios (%2) y para cuentas de recursos (%3) deben sumar los %4 números de la sede.</translation>
    </message>
    <message>
        <source>%1: choose an area code of %2; in %3 numbers must belong to the office&apos;s locality.</source>
        <translation>%1: elija un prefijo de %2; en %3 los números deben corresponder a la localidad de la sede.</translation>
    </message>
    <message>
        <source>the office&apos;s city</source>
        <translation>la localidad de la sede</translation>
    </message>
    <message>
        <source>%1: %2 is not an area code of %3: choose an area code of %4.</source>
        <translation>%1: %2 no es un prefijo de %3: elija un prefijo de %4.</translation>
    </message>
    <message>
        <source>%1: the area code %2 belongs to %3, not to %4: choose an area code of %4.</source>
        <translation>%1: el prefijo %2 corresponde a %3, no a %4: elija un prefijo de %4.</translation>
    </message>
    <message>
        <source>%1: the area code %2 could not be confirmed for %3 offline; check that it belongs to the office&apos;s locality.</source>
        <translation>%1: sin conexión no se ha podido confirmar el prefijo %2 para %3; compruebe que corresponde a la localidad de la sede.</translation>
    </message>
    <message>
        <source>%1: numbers were reserved for an address that is not validated: validate the address and reserve again.</source>
        <translation>%1: se han reservado números para una dirección no validada: valide la dirección y vuelva a reservar.</translation>
    </message>
    <message>
        <source>%1: the numbers are not reserved yet: the reservation waits for the number service, and the order cannot be sent until they are reserved.</source>
        <translation>%1: los números aún no están reservados: la reserva espera al servicio de numeración, y el pedido no se puede enviar hasta que estén reservados.</translation>
    </message>
    <message>
        <source>%1: the numbers are not reserved: press Reserve.</source>
        <translation>%1: los números no están reservados: pulse Reservar.</translation>
    </message>
    <message>
        <source>%1: the numbers are not reserved: validate the address, then press Reserve.</source>
        <translation>%1: los números no están reservados: valide la dirección y, después, pulse Reservar.</translation>
    </message>
    <message>
        <source>%1: %2 numbers are reserved but the office needs %3: reserve again.</source>
        <translation>%1: hay %2 números reservados, pero la sede necesita %3: vuelva a reservar.</translation>
    </message>
    <message>
        <source>%1: the reserved number %2 is not a number of %3: reserve again.</source>
        <translation>%1: el número reservado %2 no es un número de %3: vuelva a reservar.</translation>
    </message>
    <message>
        <source>%1: the reserved number %2 is not in the area code %3 chosen for the office: reserve again.</source>
        <translation>%1: el número reservado %2 no tiene el prefijo %3 elegido para la sede: vuelva a reservar.</translation>
    </message>
    <message>
        <source>%1: %2 numbers for users, but the voice plans cover %3 users: order more users or reserve fewer user numbers.</source>
        <translation>%1: %2 números para usuarios, pero los planes de voz cubren %3 usuarios: pida más usuarios o reserve menos números para usuarios.</translation>
    </message>
    <message>
        <source>%1: %2 is not offered in %3; choose CLIP screening.</source>
        <translation>%1: %2 no está disponible en %3; elija CLIP con verificación.</translation>
    </message>
    <message>
        <source>CLIP no screening</source>
        <translation>CLIP sin verificación</translation>
    </message>
    <message>
        <source>a presentation number</source>
        <translation>un número de presentación</translation>
    </message>
    <message>
        <source>%1: enter the presentation number, a number of %2 that the customer holds.</source>
        <translation>%1: introduzca el número de presentación, un número de %2 del que sea titular el cliente.</translation>
    </message>
    <message>
        <source>%1: enter the number calls are forwarded to, or turn call forwarding off.</source>
        <translation>%1: introduzca el número al que se desvían las llamadas, o desactive el desvío de llamadas.</translation>
    </message>
    <message>
        <source>%1: the number of auto attendants cannot be negative.</source>
        <translation>%1: el número de operadores automáticos no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1: the number of call queues cannot be negative.</source>
        <translation>%1: el número de colas de llamadas no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1: %2 auto attendants and call queues need as many numbers for resource accounts; %3 are planned: plan more numbers for resource accounts, or fewer auto attendants and call queues.</source>
        <translation>%1: %2 operadores automáticos y colas de llamadas necesitan otros tantos números para cuentas de recursos; hay %3 previstos: prevea más números para cuentas de recursos, o menos operadores automáticos y colas de llamadas.</translation>
    </message>
    <message>
        <source>the order contact</source>
        <translation>Contacto del pedido</translation>
    </message>
    <message>
        <source>the technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <source>Legal company address</source>
        <translation>Domicilio social</translation>
    </message>
    <message>
        <source>Confirm the legal company address with the customer.</source>
        <translation>Confirme el domicilio social con el cliente.</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs the contract.</source>
        <translation>Introduzca el nombre de la persona que firma el contrato.</translation>
    </message>
    <message>
        <source>the signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Enter the signatory&apos;s job title.</source>
        <translation>Introduzca el cargo del firmante.</translation>
    </message>
    <message>
        <source>Confirm that the signatory may sign for the company.</source>
        <translation>Confirme que el firmante puede firmar en nombre de la empresa.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>1. Customer</source>
        <translation>1. Cliente</translation>
    </message>
    <message>
        <source>2. Voice plans</source>
        <translation>2. Planes de voz</translation>
    </message>
    <message>
        <source>3. Keep existing numbers</source>
        <translation>3. Conservar números</translation>
    </message>
    <message>
        <source>4. Offices and numbers</source>
        <translation>4. Sedes y números</translation>
    </message>
    <message>
        <source>5. Contacts</source>
        <translation>5. Contactos</translation>
    </message>
    <message>
        <source>6. Recap</source>
        <translation>6. Resumen</translation>
    </message>
    <message>
        <source>7. Submission</source>
        <translation>7. Tramitación</translation>
    </message>
</context>
<context>
    <name>od::AddressForm</name>
    <message>
        <source>Co&amp;mpany name</source>
        <translation>Nombre de la &amp;empresa</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>&amp;Calle</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Suffi&amp;x</source>
        <translation>Com&amp;plemento</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>Código p&amp;ostal</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Localidad</translation>
    </message>
    <message>
        <source>State / pro&amp;vince</source>
        <translation>Pro&amp;vincia / región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Pa&amp;ís</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>field of an address (whose)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>od::Autosave</name>
    <message>
        <source>The drafts are not open.</source>
        <translation>Los borradores no están abiertos.</translation>
    </message>
</context>
<context>
    <name>od::CatalogText</name>
    <message>
        <source>Austria</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Teams Calling Essentials</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling Essentials</translation>
    </message>
    <message>
        <source>Pay as you go: a number and inbound calls for every user, outbound calls billed per minute. Suits users who mostly receive calls.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Pago por uso: un número y llamadas entrantes para cada usuario; las llamadas salientes se facturan por minuto. Adecuado para usuarios que sobre todo reciben llamadas.</translation>
    </message>
    <message>
        <source>Unlimited inbound calls</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas entrantes ilimitadas</translation>
    </message>
    <message>
        <source>Outbound calls billed per minute</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas salientes facturadas por minuto</translation>
    </message>
    <message>
        <source>A number in Austria for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un número de Austria para cada usuario</translation>
    </message>
    <message>
        <source>Teams Calling National</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling National</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Austria. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Austria. El plan para la mayoría de los usuarios de oficina.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Austria</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Austria</translation>
    </message>
    <message>
        <source>Teams Calling Europe</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling Europe</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles across the EU/EEA, Switzerland and the United Kingdom. For teams that work across borders.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de toda la UE/EEE, Suiza y el Reino Unido. Para equipos que trabajan en varios países.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the EU/EEA, Switzerland and the UK</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de la UE/EEE, Suiza y el Reino Unido</translation>
    </message>
    <message>
        <source>One order form per number; the address must lie in the number&apos;s area.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Un formulario de pedido por número; la dirección debe estar en la zona del número.</translation>
    </message>
    <message>
        <source>Belgium</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>A number in Belgium for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un número de Bélgica para cada usuario</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Belgium. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Bélgica. El plan para la mayoría de los usuarios de oficina.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Belgium</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Bélgica</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>A number in Switzerland for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un número de Suiza para cada usuario</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Switzerland. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Suiza. El plan para la mayoría de los usuarios de oficina.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Switzerland</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Suiza</translation>
    </message>
    <message>
        <source>Teams Calling International</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling International</translation>
    </message>
    <message>
        <source>Everything in Europe plus 600 minutes a month to landlines in 50 countries outside Europe, pooled across the plan&apos;s users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Todo lo incluido en Teams Calling Europe, más 600 minutos al mes a fijos de 50 países fuera de Europa, compartidos entre los usuarios del plan.</translation>
    </message>
    <message>
        <source>Everything in Teams Calling Europe</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Todo lo incluido en Teams Calling Europe</translation>
    </message>
    <message>
        <source>600 international minutes per user, pooled</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>600 minutos internacionales por usuario, compartidos</translation>
    </message>
    <message>
        <source>The losing carrier must confirm the port within 2 working days.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>El operador donante debe confirmar la portabilidad en un plazo de 2 días hábiles.</translation>
    </message>
    <message>
        <source>Germany</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>A number in Germany for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un número de Alemania para cada usuario</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Germany. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Alemania. El plan para la mayoría de los usuarios de oficina.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Germany</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Alemania</translation>
    </message>
    <message>
        <source>Fill in one form per number or DDI range; the form needs the company stamp and a signature. The numbers must lie in the office&apos;s local area.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Rellene un formulario por número o rango de DDI; el formulario necesita el sello de la empresa y una firma. Los números deben pertenecer a la zona local de la sede.</translation>
    </message>
    <message>
        <source>Denmark</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <source>A number in Denmark for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un número de Dinamarca para cada usuario</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Denmark. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Dinamarca. El plan para la mayoría de los usuarios de oficina.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Denmark</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Dinamarca</translation>
    </message>
    <message>
        <source>Spain</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>España</translation>
    </message>
    <message>
        <source>A number in Spain for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un número de España para cada usuario</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Spain. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de España. El plan para la mayoría de los usuarios de oficina.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Spain</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de España</translation>
    </message>
    <message>
        <source>NIF/CIF</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>NIF/CIF</translation>
    </message>
    <message>
        <source>The NIF, CIF or NIE of the holder of the numbers, exactly as the current operator has it, e.g. B12345674.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>El NIF, CIF o NIE del titular de los números, exactamente como figura en el operador actual, p. ej., B12345674.</translation>
    </message>
    <message>
        <source>Line access type</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Tipo de acceso de la línea</translation>
    </message>
    <message>
        <source>How the numbers are connected today: RTB (analogue), RDSI-BA (ISDN basic), RDSI-PRI (ISDN primary) or VOIP.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Cómo están conectados hoy los números: RTB (analógica), RDSI-BA (RDSI de acceso básico), RDSI-PRI (RDSI de acceso primario) o VOIP.</translation>
    </message>
    <message>
        <source>Finland</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>A number in Finland for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un número de Finlandia para cada usuario</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Finland. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Finlandia. El plan para la mayoría de los usuarios de oficina.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Finland</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Finlandia</translation>
    </message>
    <message>
        <source>France</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Francia</translation>
    </message>
    <message>
        <source>A number in France for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un número de Francia para cada usuario</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in France. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Francia. El plan para la mayoría de los usuarios de oficina.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in France</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Francia</translation>
    </message>
    <message>
        <source>The form needs the company stamp and is valid for 3 months after signature.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>El formulario necesita el sello de la empresa y es válido durante 3 meses desde la firma.</translation>
    </message>
    <message>
        <source>SIRET</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>The 14-digit SIRET of the establishment that holds the numbers (SIREN + NIC), without spaces.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>El SIRET de 14 dígitos del establecimiento titular de los números (SIREN + NIC), sin espacios.</translation>
    </message>
    <message>
        <source>RIO code</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Código RIO</translation>
    </message>
    <message>
        <source>The 12-character RIO (relevé d&apos;identité opérateur): call 3179 from the line to get it.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>El RIO de 12 caracteres (relevé d&apos;identité opérateur): llame al 3179 desde la línea para obtenerlo.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>A number in the United Kingdom for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un número del Reino Unido para cada usuario</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the United Kingdom. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles del Reino Unido. El plan para la mayoría de los usuarios de oficina.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the United Kingdom</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles del Reino Unido</translation>
    </message>
    <message>
        <source>A port outside office hours costs £220. The lead time grows with the number of numbers and DDI ranges.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Una portabilidad fuera del horario de oficina cuesta 220 £. El plazo aumenta con la cantidad de números y rangos de DDI.</translation>
    </message>
    <message>
        <source>Site postcode</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Código postal del emplazamiento</translation>
    </message>
    <message>
        <source>The postcode of the site where the numbers are used, e.g. SW1A 1AA.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>El código postal del emplazamiento donde se usan los números, p. ej., SW1A 1AA.</translation>
    </message>
    <message>
        <source>Ireland</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>A number in Ireland for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un número de Irlanda para cada usuario</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Ireland. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Irlanda. El plan para la mayoría de los usuarios de oficina.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Ireland</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Irlanda</translation>
    </message>
    <message>
        <source>Italy</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Italia</translation>
    </message>
    <message>
        <source>A number in Italy for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un número de Italia para cada usuario</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Italy. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Italia. El plan para la mayoría de los usuarios de oficina.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Italy</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Italia</translation>
    </message>
    <message>
        <source>The migration code comes from the current operator, usually printed on the invoice.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>El código de migración lo facilita el operador actual y suele figurar en la factura.</translation>
    </message>
    <message>
        <source>Migration code</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Código de migración</translation>
    </message>
    <message>
        <source>The codice di migrazione printed on the current operator&apos;s invoice (12 to 19 letters and digits).</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>El codice di migrazione que figura en la factura del operador actual (de 12 a 19 letras y dígitos).</translation>
    </message>
    <message>
        <source>Representative&apos;s codice fiscale</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Codice fiscale del representante</translation>
    </message>
    <message>
        <source>The 16-character codice fiscale of the company&apos;s legal representative, e.g. RSSMRA85T10A562S.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>El codice fiscale de 16 caracteres del representante legal de la empresa, p. ej., RSSMRA85T10A562S.</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>The company&apos;s 11-digit VAT number (partita IVA), without the IT prefix.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>El número de IVA de 11 dígitos de la empresa (partita IVA), sin el prefijo IT.</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>A number in the Netherlands for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un número de los Países Bajos para cada usuario</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the Netherlands. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de los Países Bajos. El plan para la mayoría de los usuarios de oficina.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the Netherlands</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de los Países Bajos</translation>
    </message>
    <message>
        <source>The departing operator sets the first possible port date; the requested date is a wish.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>El operador donante fija la primera fecha de portabilidad posible; la fecha solicitada es orientativa.</translation>
    </message>
    <message>
        <source>Portugal</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>A number in Portugal for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un número de Portugal para cada usuario</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Portugal. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Portugal. El plan para la mayoría de los usuarios de oficina.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Portugal</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Portugal</translation>
    </message>
    <message>
        <source>Sweden</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Suecia</translation>
    </message>
    <message>
        <source>A number in Sweden for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un número de Suecia para cada usuario</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Sweden. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Suecia. El plan para la mayoría de los usuarios de oficina.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Sweden</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Llamadas ilimitadas a fijos y móviles de Suecia</translation>
    </message>
    <message>
        <source>Subscriber ID</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>ID de abonado</translation>
    </message>
    <message>
        <source>The 12-digit subscriber ID from the current operator; pad with leading zeros to 12 digits.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>El ID de abonado de 12 dígitos del operador actual; complételo con ceros a la izquierda hasta los 12 dígitos.</translation>
    </message>
    <message>
        <source>Austria</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Belgium</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>Germany</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Denmark</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <source>Spain</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>España</translation>
    </message>
    <message>
        <source>Finland</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>France</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Francia</translation>
    </message>
    <message>
        <source>the United Kingdom</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>el Reino Unido</translation>
    </message>
    <message>
        <source>Ireland</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Italy</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Italia</translation>
    </message>
    <message>
        <source>the Netherlands</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>los Países Bajos</translation>
    </message>
    <message>
        <source>Portugal</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Sweden</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Suecia</translation>
    </message>
</context>
<context>
    <name>od::ContactsPage</name>
    <message>
        <source>Who the carrier talks to about the order, and the legal company address.</source>
        <translation>Con quién trata el operador sobre el pedido, y el domicilio social de la empresa.</translation>
    </message>
    <message>
        <source>Order contact</source>
        <translation>Contacto del pedido</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <source>Legal company address</source>
        <translation>Domicilio social</translation>
    </message>
    <message>
        <source>The customer confirmed the le&amp;gal address</source>
        <translation>El cliente ha confirmado el &amp;domicilio social</translation>
    </message>
    <message>
        <source>The customer confirmed the legal address</source>
        <translation>El cliente ha confirmado el domicilio social</translation>
    </message>
    <message>
        <source>Read the address back to the customer and tick when they confirm it. Changing the address clears the tick.</source>
        <translation>Lea la dirección al cliente y marque la casilla cuando la confirme. Si se cambia la dirección, la casilla se desmarca.</translation>
    </message>
    <message>
        <source>Same as or&amp;der contact</source>
        <translation>Igual que el contacto del &amp;pedido</translation>
    </message>
    <message>
        <source>Same as order contact</source>
        <translation>Igual que el contacto del pedido</translation>
    </message>
    <message>
        <source>Copies the order contact&apos;s name, e-mail, phone and job title into the technical contact</source>
        <translation>Copia en el contacto técnico el nombre, el correo electrónico, el teléfono y el cargo del contacto del pedido</translation>
    </message>
    <message>
        <source>%1: full name</source>
        <translation>%1: nombre completo</translation>
    </message>
    <message>
        <source>F&amp;ull name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <source>Full n&amp;ame</source>
        <translation>Nombre co&amp;mpleto</translation>
    </message>
    <message>
        <source>%1: e-mail address</source>
        <translation>%1: dirección de correo electrónico</translation>
    </message>
    <message>
        <source>E-mail add&amp;ress</source>
        <translation>Co&amp;rreo electrónico</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>%1: phone number</source>
        <translation>%1: número de teléfono</translation>
    </message>
    <message>
        <source>National form of the order&apos;s first country, or international form with +</source>
        <translation>Formato nacional del primer país del pedido, o formato internacional con +</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Ph&amp;one number</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>%1: job title</source>
        <translation>%1: cargo</translation>
    </message>
    <message>
        <source>Job tit&amp;le</source>
        <translation>Carg&amp;o</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Cargo</translation>
    </message>
</context>
<context>
    <name>od::CustomerPage</name>
    <message>
        <source>Who orders: the carrier&apos;s customer (OCN and the account e-mail), an online account, or a company that is not a customer yet; and the Microsoft tenant.</source>
        <translation>Quién hace el pedido: el cliente del operador (OCN y correo electrónico de la cuenta), una cuenta en línea o una empresa que aún no es cliente; y el inquilino de Microsoft.</translation>
    </message>
    <message>
        <source>How is the customer identified?</source>
        <translation>¿Cómo se identifica al cliente?</translation>
    </message>
    <message>
        <source>&amp;Existing customer (OCN and e-mail)</source>
        <translation>Cliente &amp;existente (OCN y correo electrónico)</translation>
    </message>
    <message>
        <source>Existing customer, identified by OCN and e-mail</source>
        <translation>Cliente existente, identificado por OCN y correo electrónico</translation>
    </message>
    <message>
        <source>On&amp;line account</source>
        <translation>Cuenta en &amp;línea</translation>
    </message>
    <message>
        <source>Existing customer, identified by online account</source>
        <translation>Cliente existente, identificado por cuenta en línea</translation>
    </message>
    <message>
        <source>Not yet a &amp;customer</source>
        <translation>Aún no es &amp;cliente</translation>
    </message>
    <message>
        <source>Not yet a customer: prospect order</source>
        <translation>Aún no es cliente: pedido de cliente potencial</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Company n&amp;ame</source>
        <translation>Nombre de la e&amp;mpresa</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>De 4 a 12 dígitos</translation>
    </message>
    <message>
        <source>&amp;OCN (customer number)</source>
        <translation>&amp;OCN (número de cliente)</translation>
    </message>
    <message>
        <source>the e-mail address registered on that OCN</source>
        <translation>la dirección de correo electrónico registrada en ese OCN</translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation>Correo electrónico de la cuenta</translation>
    </message>
    <message>
        <source>The e-mail address registered on the OCN</source>
        <translation>La dirección de correo electrónico registrada en el OCN</translation>
    </message>
    <message>
        <source>Account e-&amp;mail</source>
        <translation>Correo electrónico de la c&amp;uenta</translation>
    </message>
    <message>
        <source>Online account id</source>
        <translation>ID de la cuenta en línea</translation>
    </message>
    <message>
        <source>Online account &amp;id</source>
        <translation>&amp;ID de la cuenta en línea</translation>
    </message>
    <message>
        <source>Legal address of the company</source>
        <translation>Domicilio social de la empresa</translation>
    </message>
    <message>
        <source>Contact at the company</source>
        <translation>Contacto en la empresa</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <source>Contact na&amp;me</source>
        <translation>&amp;Nombre del contacto</translation>
    </message>
    <message>
        <source>Contact e-mail address</source>
        <translation>Correo electrónico del contacto</translation>
    </message>
    <message>
        <source>Contact e-mail add&amp;ress</source>
        <translation>Correo electrónico del con&amp;tacto</translation>
    </message>
    <message>
        <source>Contact phone number</source>
        <translation>Teléfono del contacto</translation>
    </message>
    <message>
        <source>National form of the address&apos;s country, or international form with +</source>
        <translation>Formato nacional del país de la dirección, o formato internacional con +</translation>
    </message>
    <message>
        <source>Contact ph&amp;one</source>
        <translation>Telé&amp;fono del contacto</translation>
    </message>
    <message>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</translation>
    </message>
    <message>
        <source>Microsoft tenant ID</source>
        <translation>ID de inquilino de Microsoft</translation>
    </message>
    <message>
        <source>A GUID from the Microsoft Entra admin center. Pasted links, braces, spaces and urn:uuid: are removed.</source>
        <translation>Un GUID del Centro de administración de Microsoft Entra. Se eliminan los enlaces pegados, las llaves, los espacios y urn:uuid:.</translation>
    </message>
    <message>
        <source>Paste it as it comes: a link, braces, spaces or &quot;urn:uuid:&quot; are removed and only the ID is kept.</source>
        <translation>Péguelo tal cual: se eliminan el enlace, las llaves, los espacios o «urn:uuid:» y solo se conserva el ID.</translation>
    </message>
    <message>
        <source>Microsoft tenant I&amp;D</source>
        <translation>I&amp;D de inquilino de Microsoft</translation>
    </message>
    <message>
        <source>required: the company&apos;s registered name</source>
        <translation>obligatorio: la razón social de la empresa</translation>
    </message>
    <message>
        <source>as the customer writes it; names the order</source>
        <translation>tal como lo escribe el cliente; da nombre al pedido</translation>
    </message>
    <message>
        <source>Required for a new customer</source>
        <translation>Obligatorio para un cliente nuevo</translation>
    </message>
    <message>
        <source>Optional; names the order everywhere</source>
        <translation>Opcional; da nombre al pedido en toda la aplicación</translation>
    </message>
    <message>
        <source>Account check: not needed. This is a prospect order; the carrier creates the customer account when it accepts the order.</source>
        <translation>Verificación de la cuenta: no es necesaria. Es un pedido de cliente potencial; el operador crea la cuenta de cliente cuando acepta el pedido.</translation>
    </message>
    <message>
        <source>Account check: ✔ verified by the carrier.</source>
        <translation>Verificación de la cuenta: ✔ verificada por el operador.</translation>
    </message>
    <message>
        <source>Account check: ℹ not verified yet. The OCN and the account e-mail are checked with the carrier&apos;s account service before the order is sent; you can go on.</source>
        <translation>Verificación de la cuenta: ℹ aún no verificada. El OCN y el correo electrónico de la cuenta se comprueban con el servicio de cuentas del operador antes de enviar el pedido; puede continuar.</translation>
    </message>
    <message>
        <source>Account check: ℹ not verified yet. The online account is checked with the carrier&apos;s account service before the order is sent; you can go on.</source>
        <translation>Verificación de la cuenta: ℹ aún no verificada. La cuenta en línea se comprueba con el servicio de cuentas del operador antes de enviar el pedido; puede continuar.</translation>
    </message>
    <message>
        <source>✔ Cleaned: only the tenant ID was kept from what was pasted.</source>
        <translation>✔ Limpiado: de lo pegado solo se ha conservado el ID de inquilino.</translation>
    </message>
    <message>
        <source>Check the account</source>
        <translation>Verificar la cuenta</translation>
    </message>
    <message>
        <source>Check the account with the carrier</source>
        <translation>Verificar la cuenta con el operador</translation>
    </message>
    <message>
        <source>Asks the carrier&apos;s account service whether the e-mail address belongs to the OCN</source>
        <translation>Pregunta al servicio de cuentas del operador si la dirección de correo electrónico pertenece al OCN</translation>
    </message>
    <message>
        <source>Account check: %1</source>
        <translation>Verificación de la cuenta: %1</translation>
    </message>
</context>
<context>
    <name>od::DocumentCommands</name>
    <message>
        <source>The product catalog cannot be used:
%1</source>
        <translation>No se puede usar el catálogo de productos:
%1</translation>
    </message>
    <message>
        <source>%1: the order has no country, so there is nothing to put in a document. Choose a country and its voice plans first.</source>
        <translation>%1: el pedido no tiene ningún país, así que no hay nada que incluir en un documento. Elija primero un país y sus planes de voz.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: el archivo no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the draft&apos;s file, exported from Order Desk.</source>
        <translation>%1 es una carpeta; indique el archivo del borrador exportado desde Order Desk.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at character %3.</source>
        <translation>%1 no es JSON: %2 en el carácter %3.</translation>
    </message>
    <message>
        <source>%1 is not an order: it holds JSON, but not an object.</source>
        <translation>%1 no es un pedido: contiene JSON, pero no un objeto.</translation>
    </message>
    <message>
        <source>%1 is not an order Order Desk can read: %2</source>
        <translation>%1 no es un pedido que Order Desk pueda leer: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the PDF to write.</source>
        <translation>%1 es una carpeta; indique el nombre del PDF que se debe escribir.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no country keeps its numbers, so the order needs no porting form.</source>
        <translation>%1: ningún país conserva sus números, así que el pedido no necesita formularios de portabilidad.</translation>
    </message>
    <message>
        <source>%1 is a file; porting-forms writes into a folder.</source>
        <translation>%1 es un archivo; porting-forms escribe en una carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>od::DraftBrowser</name>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>List title</source>
        <translation>Título de la lista</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Buscar borradores</translation>
    </message>
    <message>
        <source>Search customer, OCN or e-mail (Ctrl+F)</source>
        <translation>Buscar cliente, OCN o correo electrónico (Ctrl+F)</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Texto del aviso</translation>
    </message>
    <message>
        <source>Notice action</source>
        <translation>Acción del aviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Descartar el aviso</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Nuevo pedido</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nuevo pedido</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Abrir el borrador seleccionado</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected draft</source>
        <translation>Duplicar el borrador seleccionado</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move the selected draft to the trash</source>
        <translation>Mover el borrador seleccionado a la papelera</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the selected draft from the trash</source>
        <translation>Restaurar el borrador seleccionado desde la papelera</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>Re&amp;visiones…</translation>
    </message>
    <message>
        <source>Earlier versions of the selected draft</source>
        <translation>Versiones anteriores del borrador seleccionado</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the selected draft as a file</source>
        <translation>Exportar el borrador seleccionado a un archivo</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import a draft from a file</source>
        <translation>Importar un borrador desde un archivo</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papelera</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Mostrar la papelera</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Draft list</source>
        <translation>Lista de borradores</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>No hay borradores</translation>
    </message>
    <message>
        <source>Number of drafts</source>
        <translation>Número de borradores</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>el borrador</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>el pedido %1</translation>
    </message>
    <message>
        <source>%1 (order %2)</source>
        <translation>%1 (pedido %2)</translation>
    </message>
    <message>
        <source>Copied %1 as a new draft, %2. Reserved numbers stay with the original order.</source>
        <translation>Se ha copiado %1 como borrador nuevo, %2. Los números reservados se quedan en el pedido original.</translation>
    </message>
    <message>
        <source>Moved %1 to the trash. It is kept there for %2 days.</source>
        <translation>Se ha movido %1 a la papelera. Se conserva allí durante %2 días.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Restored %1 to the drafts.</source>
        <translation>Se ha restaurado %1 en los borradores.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Back to dr&amp;afts</source>
        <translation>Volver a &amp;borradores</translation>
    </message>
    <message>
        <source>Back to the drafts</source>
        <translation>Volver a los borradores</translation>
    </message>
    <message>
        <source>The drafts cannot be listed: %1</source>
        <translation>No se pueden listar los borradores: %1</translation>
    </message>
    <message>
        <source>No draft matches “%1”.</source>
        <translation>Ningún borrador coincide con «%1».</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted drafts stay here for %1 days.</source>
        <translation>La papelera está vacía. Los borradores eliminados se conservan aquí durante %1 días.</translation>
    </message>
    <message>
        <source>No drafts yet. Press Ctrl+N to start an order: it is saved as you type.</source>
        <translation>Aún no hay borradores. Pulse Ctrl+N para empezar un pedido: se guarda a medida que escribe.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) in the trash</source>
        <translation>
            <numerusform>%n borrador en la papelera</numerusform>
            <numerusform>%n borradores en la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n borrador</numerusform>
            <numerusform>%n borradores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n draft(s)</source>
        <translation>
            <numerusform>%1 de %n borrador</numerusform>
            <numerusform>%1 de %n borradores</numerusform>
        </translation>
    </message>
    <message>
        <source>Export draft</source>
        <translation>Exportar borrador</translation>
    </message>
    <message>
        <source>Order Desk orders (*.json)</source>
        <translation>Pedidos de Order Desk (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Se ha exportado %1 a %2.</translation>
    </message>
    <message>
        <source>Import draft</source>
        <translation>Importar borrador</translation>
    </message>
    <message>
        <source>Order Desk orders (*.json);;All files (*)</source>
        <translation>Pedidos de Order Desk (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation>No se ha importado %1. %2</translation>
    </message>
    <message>
        <source>It cannot be read: %1</source>
        <translation>No se puede leer: %1</translation>
    </message>
    <message>
        <source>It is too large to be an order (%1 MB).</source>
        <translation>Es demasiado grande para ser un pedido (%1 MB).</translation>
    </message>
    <message>
        <source>Imported %1 as a new draft with order reference %2, because a draft of that order is already here.</source>
        <translation>Se ha importado %1 como borrador nuevo con la referencia de pedido %2, porque ya existe un borrador de ese pedido.</translation>
    </message>
    <message>
        <source>Imported %1 as order %2.</source>
        <translation>Se ha importado %1 como pedido %2.</translation>
    </message>
    <message>
        <source>%1 is queued in the outbox, as it was submitted. To go back to an earlier version, open it and withdraw it from the outbox first.</source>
        <translation>Revisiones no disponibles: %1 está en cola en la bandeja de salida, tal como se tramitó. Para volver a una versión anterior, ábralo y retírelo primero de la bandeja de salida.</translation>
    </message>
    <message>
        <source>Restored revision %1 of %2. The version it replaced is kept as a revision.</source>
        <translation>Se ha restaurado la revisión %1 de %2. La versión sustituida se conserva como revisión.</translation>
    </message>
    <message>
        <source>%1 is queued in the outbox, as it was submitted, and is not moved to the trash. To delete it, open it and withdraw it from the outbox first.</source>
        <translation>No se mueve a la papelera: %1 está en cola en la bandeja de salida, tal como se tramitó. Para eliminarlo, ábralo y retírelo primero de la bandeja de salida.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>od::DraftListModel</name>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>OCN %1</source>
        <translation>OCN %1</translation>
    </message>
    <message>
        <source>In the trash since %1</source>
        <translation>En la papelera desde el %1</translation>
    </message>
    <message>
        <source>(no customer yet)</source>
        <translation>(aún sin cliente)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>the customer declined to sign</source>
        <translation>el cliente ha rechazado firmar</translation>
    </message>
    <message>
        <source>the signature request was withdrawn</source>
        <translation>se ha retirado la solicitud de firma</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmado</translation>
    </message>
    <message>
        <source>waiting for the signature</source>
        <translation>pendiente de firma</translation>
    </message>
    <message>
        <source>expected to be handled on %1</source>
        <translation>tramitación prevista el %1</translation>
    </message>
    <message>
        <source>⚠ %1 · needs your attention</source>
        <translation>⚠ %1 · requiere su atención</translation>
    </message>
</context>
<context>
    <name>od::DraftStore</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Tramitado</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Pendiente de firma</translation>
    </message>
    <message>
        <source>Porting paperwork</source>
        <translation>Documentación de portabilidad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Voice plans</source>
        <translation>Planes de voz</translation>
    </message>
    <message>
        <source>Keep numbers</source>
        <translation>Conservar números</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>Números nuevos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Tramitación</translation>
    </message>
    <message>
        <source>The draft file was missing.</source>
        <translation>Faltaba el archivo de borradores.</translation>
    </message>
    <message>
        <source>The draft file was damaged (%1). It was kept as %2.</source>
        <translation>El archivo de borradores estaba dañado (%1). Se ha conservado como %2.</translation>
    </message>
    <message>
        <source>No usable backup was found, so the list of drafts starts empty. Ask support to look at the kept file.</source>
        <translation>No se ha encontrado ninguna copia de seguridad utilizable, por lo que la lista de borradores empieza vacía. Pida al servicio de soporte que revise el archivo conservado.</translation>
    </message>
    <message>
        <source>The drafts were restored from the backup of %1.</source>
        <translation>Los borradores se han restaurado a partir de la copia de seguridad del %1.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>no customer yet</source>
        <translation>aún sin cliente</translation>
    </message>
    <message>
        <source>No draft had changed since that backup.</source>
        <translation>Ningún borrador había cambiado desde esa copia de seguridad.</translation>
    </message>
    <message>
        <source>These drafts changed after it and are now older: %1.</source>
        <translation>Estos borradores cambiaron después y ahora están en una versión anterior: %1.</translation>
    </message>
    <message>
        <source>These drafts were started after it and could not be restored: %1.</source>
        <translation>Estos borradores se empezaron después y no se han podido restaurar: %1.</translation>
    </message>
    <message>
        <source>Changes made after %1 are missing. Check these drafts: %2.</source>
        <translation>Faltan los cambios realizados después del %1. Revise estos borradores: %2.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>The drafts in %1 are open in another Order Desk window (process %2 on %3). Close it there, then try again.</source>
        <translation>Los borradores de %1 están abiertos en otra ventana de Order Desk (proceso %2 en %3). Ciérrela allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The drafts in %1 are open in another Order Desk window. Close it there, then try again.</source>
        <translation>Los borradores de %1 están abiertos en otra ventana de Order Desk. Ciérrela allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used: the lock file cannot be written.</source>
        <translation>No se puede usar la carpeta de datos %1: no se puede escribir el archivo de bloqueo.</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be created: %2</source>
        <translation>No se puede crear el archivo de borradores %1: %2</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be created.</source>
        <translation>No se puede crear el archivo de borradores %1.</translation>
    </message>
    <message>
        <source>The draft file %1 is damaged and cannot be moved aside. Nothing was changed; ask support for help.</source>
        <translation>El archivo de borradores %1 está dañado y no se puede apartar. No se ha cambiado nada; pida ayuda al servicio de soporte.</translation>
    </message>
    <message>
        <source>The drafts in %1 were saved by a newer version of Order Desk (%2, store version %3; this version reads up to %4). Nothing was changed. Use the newer version to open them.</source>
        <translation>Los borradores de %1 se guardaron con una versión más reciente de Order Desk (%2, versión de almacenamiento %3; esta versión lee hasta la %4). No se ha cambiado nada. Ábralos con la versión más reciente.</translation>
    </message>
    <message>
        <source>%1 is a database, but not Order Desk&apos;s drafts. Nothing was changed. Choose another data folder with --data-dir.</source>
        <translation>%1 es una base de datos, pero no la de borradores de Order Desk. No se ha cambiado nada. Elija otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be opened: %2</source>
        <translation>No se puede abrir el archivo de borradores %1: %2</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be used: %2</source>
        <translation>No se puede usar el archivo de borradores %1: %2</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be updated to this version: %2</source>
        <translation>No se puede actualizar el archivo de borradores %1 a esta versión: %2</translation>
    </message>
    <message>
        <source>The drafts are not open.</source>
        <translation>Los borradores no están abiertos.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>No se ha podido guardar el borrador: %1</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <translation>El borrador ya no existe.</translation>
    </message>
    <message>
        <source>The order %1 cannot be saved over the draft of order %2.</source>
        <translation>El pedido %1 no se puede guardar sobre el borrador del pedido %2.</translation>
    </message>
    <message>
        <source>The draft could not be created: %1</source>
        <translation>No se ha podido crear el borrador: %1</translation>
    </message>
    <message>
        <source>The draft could not be created: the order has no reference.</source>
        <translation>No se ha podido crear el borrador: el pedido no tiene referencia.</translation>
    </message>
    <message>
        <source>A draft of order %1 already exists.</source>
        <translation>Ya existe un borrador del pedido %1.</translation>
    </message>
    <message>
        <source>The draft of order %1 cannot be read: %2</source>
        <translation>No se puede leer el borrador del pedido %1: %2</translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>No se ha podido guardar el estado: %1</translation>
    </message>
    <message>
        <source>The draft could not be moved to the trash: %1</source>
        <translation>No se ha podido mover el borrador a la papelera: %1</translation>
    </message>
    <message>
        <source>The draft could not be restored: %1</source>
        <translation>No se ha podido restaurar el borrador: %1</translation>
    </message>
    <message>
        <source>Revision %1 of this draft no longer exists.</source>
        <translation>La revisión %1 de este borrador ya no existe.</translation>
    </message>
    <message>
        <source>Revision %1 cannot be read: %2</source>
        <translation>No se puede leer la revisión %1: %2</translation>
    </message>
    <message>
        <source>The file is not an order Order Desk can read: %1</source>
        <translation>El archivo no es un pedido que Order Desk pueda leer: %1</translation>
    </message>
    <message>
        <source>The outbox could not be saved: %1</source>
        <translation>No se ha podido guardar la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>The document could not be saved: %1</source>
        <translation>No se ha podido guardar el documento: %1</translation>
    </message>
</context>
<context>
    <name>od::MainWindow</name>
    <message>
        <source>Order Desk</source>
        <translation>Order Desk</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>Área principal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Not saved yet: %1 Retrying…</source>
        <translation>Aún sin guardar: %1 Reintentando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Drafts are kept in %1</source>
        <translation>Los borradores se guardan en %1</translation>
    </message>
    <message>
        <source>The drafts cannot be opened</source>
        <translation>No se pueden abrir los borradores</translation>
    </message>
    <message>
        <source>Why the drafts cannot be opened</source>
        <translation>Por qué no se pueden abrir los borradores</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try to open the drafts again</source>
        <translation>Volver a intentar abrir los borradores</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Order Desk</source>
        <translation>Salir de Order Desk</translation>
    </message>
    <message>
        <source>The draft cannot be opened yet: the changes to the previous one are not saved. %1</source>
        <translation>Aún no se puede abrir el borrador: los cambios del anterior no se han guardado. %1</translation>
    </message>
    <message>
        <source>Order %1 is queued in the outbox: it is shown as it was submitted.</source>
        <translation>El pedido %1 está en cola en la bandeja de salida: se muestra tal como se tramitó.</translation>
    </message>
    <message>
        <source>Order %1: every change is saved as you type.</source>
        <translation>Pedido %1: cada cambio se guarda a medida que escribe.</translation>
    </message>
    <message>
        <source>%1 Your changes are kept here; try again in a moment.</source>
        <translation>%1 Sus cambios se conservan aquí; vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Order %1 for %2</source>
        <translation>Pedido %1 de %2</translation>
    </message>
    <message>
        <source>%1 is queued in the outbox. It will be sent to the carrier when the carrier&apos;s ordering service is reachable; nothing else is needed now. Until then you can open it to read it, or withdraw it to change it.</source>
        <translation>%1 está en cola en la bandeja de salida. Se enviará al operador cuando su servicio de pedidos esté disponible; por ahora no hace falta nada más. Mientras tanto, puede abrirlo para consultarlo o retirarlo para modificarlo.</translation>
    </message>
    <message>
        <source>Withdraw from the outbox</source>
        <translation>Retirar de la bandeja de salida</translation>
    </message>
    <message>
        <source>Withdraw order %1 from the outbox to edit it?</source>
        <translation>¿Retirar el pedido %1 de la bandeja de salida para editarlo?</translation>
    </message>
    <message>
        <source>It goes back to the drafts with everything kept, and is not sent until you submit it again.</source>
        <translation>Vuelve a los borradores con todo su contenido y no se envía hasta que se tramite de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Withdraw and edit</source>
        <translation>&amp;Retirar y editar</translation>
    </message>
    <message>
        <source>&amp;Keep it queued</source>
        <translation>&amp;Mantener en cola</translation>
    </message>
    <message>
        <source>The order stays in the outbox: %1</source>
        <translation>El pedido sigue en la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>Order %1 is a draft again: change what you need, then submit it again.</source>
        <translation>El pedido %1 vuelve a ser un borrador: modifique lo necesario y vuelva a tramitarlo.</translation>
    </message>
    <message>
        <source>The draft stays open because it could not be saved: %1 Your changes are kept here and saving is retried.</source>
        <translation>El borrador sigue abierto porque no se ha podido guardar: %1 Sus cambios se conservan aquí y se vuelve a intentar guardarlos.</translation>
    </message>
    <message>
        <source>The latest changes to this draft could not be saved: %1</source>
        <translation>No se han podido guardar los últimos cambios de este borrador: %1</translation>
    </message>
    <message>
        <source>If you quit now, they are lost. Keep Order Desk open and it keeps trying to save them.</source>
        <translation>Si sale ahora, se perderán. Mantenga Order Desk abierto y seguirá intentando guardarlos.</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Mantener abierto</translation>
    </message>
    <message>
        <source>&amp;Quit and lose them</source>
        <translation>&amp;Salir y perderlos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Arc&amp;hivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Order Desk</source>
        <translation>&amp;Acerca de Order Desk</translation>
    </message>
    <message>
        <source>About Order Desk</source>
        <translation>Acerca de Order Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Order Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Microsoft Teams Operator Connect orders for business customers.&lt;/p&gt;&lt;p&gt;Catalog: %2%3&lt;/p&gt;&lt;p&gt;Drafts: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Order Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Pedidos de Operator Connect para Microsoft Teams para clientes empresariales.&lt;/p&gt;&lt;p&gt;Catálogo: %2%3&lt;/p&gt;&lt;p&gt;Borradores: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (sample data)</source>
        <translation> (datos de ejemplo)</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Sends what waits in the outbox now, instead of at the next planned attempt</source>
        <translation>Envía ahora lo que espera en la bandeja de salida, en lugar de en el próximo intento programado</translation>
    </message>
    <message>
        <source>Signed in to the carrier&apos;s services.</source>
        <translation>Sesión iniciada en los servicios del operador.</translation>
    </message>
    <message>
        <source>○ Not connected to the carrier</source>
        <translation>○ Sin conexión con el operador</translation>
    </message>
    <message>
        <source>No carrier services are set up: submitted orders wait in the outbox. Start Order Desk with --upstream, or set the services&apos; addresses in the settings (see the README).</source>
        <translation>No hay servicios del operador configurados: los pedidos tramitados esperan en la bandeja de salida. Inicie Order Desk con --upstream o configure las direcciones de los servicios en la configuración (consulte el README).</translation>
    </message>
    <message numerus="yes">
        <source>, %n queued</source>
        <translation>
            <numerusform>, %n en cola</numerusform>
            <numerusform>, %n en cola</numerusform>
        </translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <source>The carrier&apos;s services are reachable.</source>
        <translation>Los servicios del operador están disponibles.</translation>
    </message>
    <message>
        <source>⇅ Sending</source>
        <translation>⇅ Enviando</translation>
    </message>
    <message>
        <source>Sending to the carrier.</source>
        <translation>Enviando al operador.</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Sin conexión</translation>
    </message>
    <message>
        <source>The carrier&apos;s services cannot be reached. Orders wait in the outbox and are sent when they can be; nothing is lost.</source>
        <translation>No se puede acceder a los servicios del operador. Los pedidos esperan en la bandeja de salida y se envían en cuanto es posible; no se pierde nada.</translation>
    </message>
    <message>
        <source>⚠ Problem</source>
        <translation>⚠ Problema</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Próximo intento a las %1.</translation>
    </message>
    <message>
        <source>Connection to the carrier: %1</source>
        <translation>Conexión con el operador: %1</translation>
    </message>
    <message>
        <source>Kept in the order: it is sent when the carrier&apos;s services are set up.</source>
        <translation>Se conserva en el pedido: se enviará cuando estén configurados los servicios del operador.</translation>
    </message>
    <message>
        <source>Checking with the carrier&apos;s account service…</source>
        <translation>Consultando con el servicio de cuentas del operador…</translation>
    </message>
    <message>
        <source>Queued: checked when the carrier&apos;s account service is reachable.</source>
        <translation>En cola: se comprobará cuando el servicio de cuentas del operador esté disponible.</translation>
    </message>
    <message>
        <source>ℹ This order is being sent to the carrier: it can no longer be withdrawn. Its state is shown here and in the drafts as the carrier answers.</source>
        <translation>ℹ Este pedido se está enviando al operador: ya no se puede retirar. Su estado se muestra aquí y en los borradores a medida que responde el operador.</translation>
    </message>
    <message>
        <source>ℹ At the carrier: %1. The order is shown as it was submitted; it can no longer be changed here.</source>
        <translation>ℹ En el operador: %1. El pedido se muestra tal como se tramitó; ya no se puede modificar aquí.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Order %1 came back from the carrier: %2</source>
        <translation>El operador ha devuelto el pedido %1: %2</translation>
    </message>
    <message>
        <source>Order %1 is at the carrier: it is shown as it was submitted.</source>
        <translation>El pedido %1 está en el operador: se muestra tal como se tramitó.</translation>
    </message>
    <message>
        <source>Order %1 has already gone to the carrier: it can no longer be withdrawn.</source>
        <translation>El pedido %1 ya se ha enviado al operador: ya no se puede retirar.</translation>
    </message>
    <message>
        <source>&amp;Retry sending now</source>
        <translation>&amp;Reintentar el envío ahora</translation>
    </message>
    <message>
        <source>Sign &amp;in to the carrier&apos;s services</source>
        <translation>&amp;Iniciar sesión en los servicios del operador</translation>
    </message>
    <message>
        <source>Signing in to the carrier&apos;s services…</source>
        <translation>Iniciando sesión en los servicios del operador…</translation>
    </message>
    <message>
        <source>Sign &amp;out of the carrier&apos;s services</source>
        <translation>&amp;Cerrar sesión en los servicios del operador</translation>
    </message>
    <message>
        <source>Signed out. Order Desk asks you to sign in again before it sends anything to the carrier.</source>
        <translation>Sesión cerrada. Order Desk le pedirá que vuelva a iniciar sesión antes de enviar nada al operador.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>Automático (idioma del sistema)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Order Desk was started with --language %1, which comes before this setting. %2 is used when Order Desk starts without that option.</source>
        <translation>Order Desk se ha iniciado con --language %1, que tiene prioridad sobre esta opción. Se usará %2 cuando Order Desk se inicie sin esa opción.</translation>
    </message>
    <message>
        <source>Order Desk follows the system language (%1) from its next start.</source>
        <translation>Order Desk usará el idioma del sistema (%1) a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Order Desk is shown in %1 from its next start.</source>
        <translation>Order Desk se mostrará en %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Restart now? Everything is saved, and this draft opens again on the same step.</source>
        <translation>¿Reiniciar ahora? Todo está guardado y este borrador se volverá a abrir en el mismo paso.</translation>
    </message>
    <message>
        <source>Restart now? Everything is saved.</source>
        <translation>¿Reiniciar ahora? Todo está guardado.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>od::NumberListEditor</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>Tal como se escribió</translation>
    </message>
    <message>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation>✔ Correcto</translation>
    </message>
    <message>
        <source>Imp&amp;ort CSV file…</source>
        <translation>&amp;Importar archivo CSV…</translation>
    </message>
    <message>
        <source>Numbers to keep, one number or range per line</source>
        <translation>Números que se conservan, un número o rango por línea</translation>
    </message>
    <message>
        <source>Type or paste single numbers and DDI ranges, one per line, e.g. &quot;069 1234-5600 to -5699&quot;. Each line is checked in the table beside it.</source>
        <translation>Escriba o pegue números individuales y rangos de DDI, uno por línea, p. ej., «069 1234-5600 a -5699». Cada línea se comprueba en la tabla de al lado.</translation>
    </message>
    <message>
        <source>One per line, e.g.
069 1234-5600 to -5699
+44 (0)20 7946 0000
0612345678</source>
        <translation>Uno por línea, p. ej.:
069 1234-5600 a -5699
+44 (0)20 7946 0000
0612345678</translation>
    </message>
    <message>
        <source>Numbers as understood</source>
        <translation>Números interpretados</translation>
    </message>
    <message>
        <source>Import numbers from a CSV file</source>
        <translation>Importar números desde un archivo CSV</translation>
    </message>
    <message>
        <source>Numbers: %1 · entries: %2</source>
        <translation>Números: %1 · entradas: %2</translation>
    </message>
    <message>
        <source>· ✖ not understood: %1 — line %2: %3</source>
        <translation>· ✖ no interpretadas: %1 — línea %2: %3</translation>
    </message>
    <message>
        <source>%1: lines taken: %2</source>
        <translation>%1: líneas tomadas: %2</translation>
    </message>
    <message>
        <source>Pasted: lines taken: %1</source>
        <translation>Pegado: líneas tomadas: %1</translation>
    </message>
    <message>
        <source> from column %1 of %2.</source>
        <translation> de la columna %1 de %2.</translation>
    </message>
    <message>
        <source> from column &quot;%1&quot; (%2 of %3).</source>
        <translation> de la columna «%1» (%2 de %3).</translation>
    </message>
    <message>
        <source>✖ Lines not understood: %1; see Status in the table and correct them.</source>
        <translation>✖ Líneas no interpretadas: %1; consulte Estado en la tabla y corríjalas.</translation>
    </message>
    <message>
        <source>✖ %1 could not be read: %2</source>
        <translation>✖ No se ha podido leer %1: %2</translation>
    </message>
    <message>
        <source>Import numbers</source>
        <translation>Importar números</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV y de texto (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>numbers of (country)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>od::OfficeEditor</name>
    <message>
        <source>Office %1</source>
        <translation>Sede %1</translation>
    </message>
    <message>
        <source>Vali&amp;date address</source>
        <translation>&amp;Validar dirección</translation>
    </message>
    <message>
        <source>&amp;Area code</source>
        <translation>&amp;Prefijo</translation>
    </message>
    <message>
        <source>&amp;Area code (optional)</source>
        <translation>&amp;Prefijo (opcional)</translation>
    </message>
    <message>
        <source>In %1 the area code must belong to the office&apos;s city; the list offers the area codes of the city typed above.</source>
        <translation>En %1 el prefijo debe corresponder a la localidad de la sede; la lista ofrece los prefijos de la localidad indicada arriba.</translation>
    </message>
    <message>
        <source>Optional: the area code the new numbers should have.</source>
        <translation>Opcional: el prefijo que deben tener los números nuevos.</translation>
    </message>
    <message>
        <source>Ne&amp;w numbers</source>
        <translation>&amp;Números nuevos</translation>
    </message>
    <message>
        <source>How many new numbers this office gets, 1 to %1.</source>
        <translation>Cuántos números nuevos recibe esta sede, de 1 a %1.</translation>
    </message>
    <message>
        <source>for us&amp;ers</source>
        <translation>para &amp;usuarios</translation>
    </message>
    <message>
        <source>Of the office&apos;s numbers, how many are for users.</source>
        <translation>Cuántos de los números de la sede son para usuarios.</translation>
    </message>
    <message>
        <source>for resour&amp;ce accounts</source>
        <translation>para cuentas de re&amp;cursos</translation>
    </message>
    <message>
        <source>Of the office&apos;s numbers, how many are for resource accounts (auto attendants, call queues).</source>
        <translation>Cuántos de los números de la sede son para cuentas de recursos (operadores automáticos, colas de llamadas).</translation>
    </message>
    <message>
        <source>Rese&amp;rve numbers</source>
        <translation>&amp;Reservar números</translation>
    </message>
    <message>
        <source>Enabled when the address is validated (or its validation is queued) and the numbers add up.</source>
        <translation>Se habilita cuando la dirección está validada (o su validación está en cola) y los números cuadran.</translation>
    </message>
    <message>
        <source>Remove office %1</source>
        <translation>Quitar la sede %1</translation>
    </message>
    <message>
        <source>The office can be restored with Undo.</source>
        <translation>La sede puede restaurarse con Deshacer.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej., %1</translation>
    </message>
    <message>
        <source>Finding the area codes of %1…</source>
        <translation>Buscando los prefijos de %1…</translation>
    </message>
    <message>
        <source>Type the city first: the list then offers its area codes.</source>
        <translation>Escriba primero la localidad: la lista ofrecerá sus prefijos.</translation>
    </message>
    <message>
        <source>No area code known for %1: type it.</source>
        <translation>No se conoce ningún prefijo para %1: escríbalo.</translation>
    </message>
    <message>
        <source>Area codes of %1: %2</source>
        <translation>Prefijos de %1: %2</translation>
    </message>
    <message>
        <source>Complete the address first: company name, street, postal code and city.</source>
        <translation>Complete primero la dirección: nombre de la empresa, calle, código postal y localidad.</translation>
    </message>
    <message>
        <source>Office %1: %2</source>
        <translation>Sede %1: %2</translation>
    </message>
    <message>
        <source>✔ Validated by the carrier&apos;s address service.</source>
        <translation>✔ Validada por el servicio de direcciones del operador.</translation>
    </message>
    <message>
        <source>✎ The address was changed: a changed address is a new address, and the earlier validation no longer applies.</source>
        <translation>✎ La dirección ha cambiado: una dirección modificada es una dirección nueva, y la validación anterior ya no es válida.</translation>
    </message>
    <message>
        <source>The numbers of this office are reserved.</source>
        <translation>Los números de esta sede están reservados.</translation>
    </message>
    <message>
        <source>Complete the address and validate it first.</source>
        <translation>Complete primero la dirección y valídela.</translation>
    </message>
    <message>
        <source>Enter how many numbers to reserve (users + resource accounts = numbers, 1 to %1).</source>
        <translation>Indique cuántos números reservar (usuarios + cuentas de recursos = números, de 1 a %1).</translation>
    </message>
    <message>
        <source>✔ Numbers reserved (%1): %2</source>
        <translation>✔ Números reservados (%1): %2</translation>
    </message>
    <message>
        <source>any area of %1</source>
        <translation>cualquier zona de %1</translation>
    </message>
    <message>
        <source>area %1</source>
        <translation>zona %1</translation>
    </message>
    <message>
        <source>Reservation queued — new numbers: %1 (for users: %2, for resource accounts: %3), %4.</source>
        <translation>Reserva en cola — números nuevos: %1 (para usuarios: %2, para cuentas de recursos: %3), %4.</translation>
    </message>
    <message>
        <source>The numbers or the area code changed, so the numbers reserved before (%1) no longer apply.</source>
        <translation>Los números o el prefijo han cambiado, así que los números reservados antes (%1) ya no son válidos.</translation>
    </message>
    <message>
        <source>The numbers or the area code changed after Reserve was pressed, so the reservation asked for then is withdrawn.</source>
        <translation>Los números o el prefijo han cambiado después de pulsar Reservar, así que se retira la reserva solicitada entonces.</translation>
    </message>
    <message>
        <source>office %1 in %2</source>
        <translation>sede %1 en %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a field of an office (which office)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Validate the address of %1</source>
        <translation>Validar la dirección de la %1</translation>
    </message>
    <message>
        <source>Address validation of %1</source>
        <translation>Validación de la dirección de la %1</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>Números nuevos</translation>
    </message>
    <message>
        <source>Numbers for users</source>
        <translation>Números para usuarios</translation>
    </message>
    <message>
        <source>Numbers for resource accounts</source>
        <translation>Números para cuentas de recursos</translation>
    </message>
    <message>
        <source>Reserve the numbers of %1</source>
        <translation>Reservar los números de la %1</translation>
    </message>
    <message>
        <source>Reservation of %1</source>
        <translation>Reserva de la %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar la %1</translation>
    </message>
</context>
<context>
    <name>od::OfficesPage</name>
    <message>
        <source>CLIP screening (the network checks the presented number)</source>
        <translation>CLIP con verificación (la red comprueba el número presentado)</translation>
    </message>
    <message>
        <source>CLIP no screening</source>
        <translation>CLIP sin verificación</translation>
    </message>
    <message>
        <source>Presentation number</source>
        <translation>Número de presentación</translation>
    </message>
    <message>
        <source>Per country up to 5 offices with a validated emergency address and up to 100 new numbers each.</source>
        <translation>Por país, hasta 5 sedes con una dirección de emergencia validada y hasta 100 números nuevos cada una.</translation>
    </message>
    <message>
        <source>Existing numbers are kept in %1 (step 3): no new numbers or offices here.</source>
        <translation>En %1 se conservan los números existentes (paso 3): aquí no hay números nuevos ni sedes.</translation>
    </message>
    <message>
        <source>%1: offices and new numbers</source>
        <translation>%1: sedes y números nuevos</translation>
    </message>
    <message>
        <source>Up to %1 offices. In %2 the area code must belong to the office&apos;s city.</source>
        <translation>Hasta %1 sedes. En %2 el prefijo debe corresponder a la localidad de la sede.</translation>
    </message>
    <message>
        <source>Up to %1 offices.</source>
        <translation>Hasta %1 sedes.</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>Deshacer la &amp;eliminación</translation>
    </message>
    <message>
        <source>Undo: restore the removed office in %1</source>
        <translation>Deshacer: restaurar la sede quitada en %1</translation>
    </message>
    <message>
        <source>Add &amp;office</source>
        <translation>Aña&amp;dir sede</translation>
    </message>
    <message>
        <source>Add an office in %1</source>
        <translation>Añadir una sede en %1</translation>
    </message>
    <message>
        <source>Additional services in %1</source>
        <translation>Servicios adicionales en %1</translation>
    </message>
    <message>
        <source>One-off fees in %1</source>
        <translation>Cuotas únicas en %1</translation>
    </message>
    <message>
        <source>Call forwardin&amp;g</source>
        <translation>Desví&amp;o de llamadas</translation>
    </message>
    <message>
        <source>Call forwarding in %1</source>
        <translation>Desvío de llamadas en %1</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Desviar a</translation>
    </message>
    <message>
        <source>Only the CLIP options allowed in %1 are offered.</source>
        <translation>Solo se ofrecen las opciones de CLIP permitidas en %1.</translation>
    </message>
    <message>
        <source>C&amp;LIP</source>
        <translation>C&amp;LIP</translation>
    </message>
    <message>
        <source>A genuine number of %1 that callees see.</source>
        <translation>Un número auténtico de %1 que verán los destinatarios de las llamadas.</translation>
    </message>
    <message>
        <source>Auto attendants</source>
        <translation>Operadores automáticos</translation>
    </message>
    <message>
        <source>Call &amp;queues</source>
        <translation>Colas de lla&amp;madas</translation>
    </message>
    <message>
        <source>%1 (not offered in %2)</source>
        <translation>%1 (no disponible en %2)</translation>
    </message>
    <message>
        <source>%1 of %2 offices.</source>
        <translation>%1 de %2 sedes.</translation>
    </message>
    <message>
        <source>%1 of %2 offices: the most a country can have.</source>
        <translation>%1 de %2 sedes: el máximo por país.</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Sede %1</translation>
    </message>
    <message>
        <source>Office %1 (%2)</source>
        <translation>Sede %1 (%2)</translation>
    </message>
    <message>
        <source>%1 was removed with everything typed in it. Undo restores it.</source>
        <translation>Se ha quitado %1 con todo lo que contenía. Deshacer lo restaura.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 × %3 = %4</source>
        <translation>%1: %2 × %3 = %4</translation>
    </message>
    <message>
        <source>One-off fees in %1 (installation and activation are calculated from the offices and numbers):
%2
Total one-off: %3</source>
        <translation>Cuotas únicas en %1 (la instalación y la activación se calculan a partir de las sedes y los números):
%2
Total pago único: %3</translation>
    </message>
    <message>
        <source>Each auto attendant and call queue needs a number for a resource account: %1 needed, %2 planned in the offices above.</source>
        <translation>Cada operador automático y cada cola de llamadas necesita un número para una cuenta de recursos: se necesitan %1 y hay %2 previstos en las sedes anteriores.</translation>
    </message>
    <message>
        <source>Call forwarding target number in %1</source>
        <translation>Número de destino del desvío de llamadas en %1</translation>
    </message>
    <message>
        <source>CLIP in %1</source>
        <translation>CLIP en %1</translation>
    </message>
    <message>
        <source>Presentation number in %1</source>
        <translation>Número de presentación en %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Each one needs a number for a resource account in one of the offices.</source>
        <translation>Cada operador automático o cola de llamadas necesita un número para una cuenta de recursos en una de las sedes.</translation>
    </message>
</context>
<context>
    <name>od::OrderPage</name>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>od::OrderWizard</name>
    <message>
        <source>Operator Connect order</source>
        <translation>Pedido de Operator Connect</translation>
    </message>
    <message>
        <source>&amp;Save draft and close</source>
        <translation>&amp;Guardar borrador y cerrar</translation>
    </message>
    <message>
        <source>&amp;Withdraw from the outbox to edit</source>
        <translation>&amp;Retirar de la bandeja de salida para editar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Save draft and close</source>
        <translation>Guardar borrador y cerrar</translation>
    </message>
    <message>
        <source>Withdraw from the outbox to edit</source>
        <translation>Retirar de la bandeja de salida para editar</translation>
    </message>
    <message>
        <source>The order goes back to the drafts and can be changed; it is not sent until it is submitted again</source>
        <translation>El pedido vuelve a los borradores y se puede modificar; no se envía hasta que se tramite de nuevo</translation>
    </message>
    <message>
        <source>&amp;Back to drafts</source>
        <translation>&amp;Volver a borradores</translation>
    </message>
    <message>
        <source>Choose the address</source>
        <translation>Elegir la dirección</translation>
    </message>
    <message>
        <source>The carrier&apos;s address service does not know the address
%1
exactly. Choose the right one (it is validated next), or Cancel to keep the address as typed and correct it yourself.</source>
        <translation>El servicio de direcciones del operador no conoce exactamente la dirección
%1
Elija la correcta (se validará a continuación) o pulse Cancelar para conservar la dirección tal como se escribió y corregirla usted.</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>&amp;Usar esta dirección</translation>
    </message>
</context>
<context>
    <name>od::Outbox</name>
    <message>
        <source>Operator Connect order %1</source>
        <translation>Pedido de Operator Connect %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>OCN: %1</source>
        <translation>OCN: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Países: %1</translation>
    </message>
    <message>
        <source>%1: %2 users, %3 new numbers</source>
        <translation>%1: %2 usuarios, %3 números nuevos</translation>
    </message>
    <message>
        <source>Signed for the customer by %1</source>
        <translation>Firmado en nombre del cliente por %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s Teams tenant has given the carrier its consent.</source>
        <translation>El inquilino de Teams del cliente ha dado su consentimiento al operador.</translation>
    </message>
    <message>
        <source>The customer&apos;s consent in the Teams admin center is pending.</source>
        <translation>El consentimiento del cliente en el Centro de administración de Teams está pendiente.</translation>
    </message>
    <message>
        <source>The customer declined the carrier in the Teams admin center: the numbers cannot be uploaded until the customer gives consent.</source>
        <translation>El cliente ha rechazado al operador en el Centro de administración de Teams: los números no se pueden cargar hasta que el cliente dé su consentimiento.</translation>
    </message>
    <message>
        <source>The customer has not given the carrier consent in the Teams admin center yet.</source>
        <translation>El cliente aún no ha dado su consentimiento al operador en el Centro de administración de Teams.</translation>
    </message>
    <message>
        <source>An office</source>
        <translation>Una sede</translation>
    </message>
    <message>
        <source>Office %1 in %2</source>
        <translation>Sede %1 en %2</translation>
    </message>
    <message>
        <source>%1: the address service refused the address. %2</source>
        <translation>%1: el servicio de direcciones ha rechazado la dirección. %2</translation>
    </message>
    <message>
        <source>%1: the address is validated.</source>
        <translation>%1: la dirección está validada.</translation>
    </message>
    <message>
        <source>%1: the address service suggests corrected addresses: choose one, then validate it.</source>
        <translation>%1: el servicio de direcciones propone direcciones corregidas: elija una y valídela.</translation>
    </message>
    <message>
        <source>%1: the address service could not confirm the address: correct it and validate it again.</source>
        <translation>%1: el servicio de direcciones no ha podido confirmar la dirección: corríjala y vuelva a validarla.</translation>
    </message>
    <message>
        <source>%1: the address could not be validated, so no numbers were reserved: correct the address, validate it, then reserve again.</source>
        <translation>%1: no se ha podido validar la dirección, así que no se ha reservado ningún número: corrija la dirección, valídela y vuelva a reservar.</translation>
    </message>
    <message>
        <source>%1: the address is not validated, so no numbers were reserved: validate it, then reserve again.</source>
        <translation>%1: la dirección no está validada, así que no se ha reservado ningún número: valídela y vuelva a reservar.</translation>
    </message>
    <message>
        <source>%1: no more numbers free in area code %2: choose another area code or fewer numbers.</source>
        <translation>%1: no quedan números libres con el prefijo %2: elija otro prefijo o menos números.</translation>
    </message>
    <message>
        <source>%1: the number service refused the reservation. %2</source>
        <translation>%1: el servicio de numeración ha rechazado la reserva. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n number(s) reserved.</source>
        <translation>
            <numerusform>%1: %n número reservado.</numerusform>
            <numerusform>%1: %n números reservados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an existing customer&apos;s OCN and e-mail address can be checked with the carrier.</source>
        <translation>Solo se pueden verificar con el operador el OCN y la dirección de correo electrónico de un cliente existente.</translation>
    </message>
    <message>
        <source>The customer is verified: the e-mail address belongs to the OCN.</source>
        <translation>El cliente está verificado: la dirección de correo electrónico pertenece al OCN.</translation>
    </message>
    <message>
        <source>The customer could not be verified: the e-mail address is not one of the OCN&apos;s account addresses. Check both with the customer.</source>
        <translation>No se ha podido verificar al cliente: la dirección de correo electrónico no es una de las direcciones de la cuenta del OCN. Compruebe ambos datos con el cliente.</translation>
    </message>
    <message>
        <source>The customer could not be verified: %1</source>
        <translation>No se ha podido verificar al cliente: %1</translation>
    </message>
    <message>
        <source>Order %1 was not sent: %2</source>
        <translation>No se ha enviado el pedido %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(y %n problema más)</numerusform>
            <numerusform>(y %n problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 was not accepted: %2</source>
        <translation>No se ha aceptado el pedido %1: %2</translation>
    </message>
    <message>
        <source>Order %1 was sent to the carrier: %2.</source>
        <translation>Se ha enviado el pedido %1 al operador: %2.</translation>
    </message>
    <message>
        <source>Please sign: Operator Connect order %1</source>
        <translation>Firma pendiente: pedido de Operator Connect %1</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contrato %1</translation>
    </message>
    <message>
        <source>The contract of order %1 could not be sent for signature. %2</source>
        <translation>No se ha podido enviar a firma el contrato del pedido %1. %2</translation>
    </message>
    <message>
        <source>The contract of order %1 was sent for signature.</source>
        <translation>Se ha enviado a firma el contrato del pedido %1.</translation>
    </message>
    <message>
        <source>The customer signed order %1; the carrier expects to handle it by %2.</source>
        <translation>El cliente ha firmado el pedido %1; el operador prevé tramitarlo antes del %2.</translation>
    </message>
    <message>
        <source>Order %1 has a new status: %2.</source>
        <translation>El pedido %1 tiene un estado nuevo: %2.</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <translation>El borrador ya no existe.</translation>
    </message>
    <message>
        <source>Order %1 was already sent to the carrier.</source>
        <translation>El pedido %1 ya se había enviado al operador.</translation>
    </message>
    <message>
        <source>The office no longer exists.</source>
        <translation>La sede ya no existe.</translation>
    </message>
    <message>
        <source>The order may already have reached the carrier, so it cannot be withdrawn here. Wait for the carrier&apos;s answer.</source>
        <translation>Es posible que el pedido ya haya llegado al operador, por lo que no se puede retirar aquí. Espere la respuesta del operador.</translation>
    </message>
    <message>
        <source>Please sign: porting paperwork of Operator Connect order %1</source>
        <translation>Firma pendiente: documentación de portabilidad del pedido de Operator Connect %1</translation>
    </message>
    <message>
        <source>The porting paperwork of order %1 could not be sent for signature. %2</source>
        <translation>No se ha podido enviar a firma la documentación de portabilidad del pedido %1. %2</translation>
    </message>
    <message>
        <source>The porting paperwork of order %1 was sent for signature.</source>
        <translation>Se ha enviado a firma la documentación de portabilidad del pedido %1.</translation>
    </message>
    <message>
        <source>The customer declined to sign the porting paperwork of order %1. Talk to the customer, then send it for signature again: the numbers are not ported without signed paperwork.</source>
        <translation>El cliente ha rechazado firmar la documentación de portabilidad del pedido %1. Hable con el cliente y vuelva a enviarla a firma: los números no se portan sin la documentación firmada.</translation>
    </message>
    <message>
        <source>The signature request for the porting paperwork of order %1 was voided. Send it for signature again: the numbers are not ported without signed paperwork.</source>
        <translation>Se ha anulado la solicitud de firma de la documentación de portabilidad del pedido %1. Vuelva a enviarla a firma: los números no se portan sin la documentación firmada.</translation>
    </message>
    <message>
        <source>The customer declined to sign the contract of order %1. Talk to the customer, then send it for signature again: the order is not handled without a signed contract.</source>
        <translation>El cliente ha rechazado firmar el contrato del pedido %1. Hable con el cliente y vuelva a enviarlo a firma: el pedido no se tramita sin el contrato firmado.</translation>
    </message>
    <message>
        <source>The signature request for order %1 was voided. Send it for signature again: the order is not handled without a signed contract.</source>
        <translation>Se ha anulado la solicitud de firma del pedido %1. Vuelva a enviarlo a firma: el pedido no se tramita sin el contrato firmado.</translation>
    </message>
    <message>
        <source>The signed documents of order %1 could not be downloaded. %2</source>
        <translation>No se han podido descargar los documentos firmados del pedido %1. %2</translation>
    </message>
    <message>
        <source>The signed documents of order %1 are kept with the draft.</source>
        <translation>Los documentos firmados del pedido %1 se guardan con el borrador.</translation>
    </message>
    <message>
        <source>The carrier did not accept the signed paperwork of order %1. %2</source>
        <translation>El operador no ha aceptado la documentación firmada del pedido %1. %2</translation>
    </message>
    <message>
        <source>The signed paperwork of order %1 was sent to the carrier.</source>
        <translation>Se ha enviado al operador la documentación firmada del pedido %1.</translation>
    </message>
    <message>
        <source>Order %1 has not reached the carrier yet: send it for signature once the carrier has it.</source>
        <translation>El pedido %1 aún no ha llegado al operador: envíelo a firma cuando el operador lo tenga.</translation>
    </message>
    <message>
        <source>Order %1 is finished at the carrier (%2): nothing is left to sign.</source>
        <translation>El pedido %1 está finalizado en el operador (%2): no queda nada por firmar.</translation>
    </message>
    <message>
        <source>The signature request of order %1 is on its way.</source>
        <translation>La solicitud de firma del pedido %1 está en camino.</translation>
    </message>
    <message>
        <source>The customer has signed order %1 already.</source>
        <translation>El cliente ya ha firmado el pedido %1.</translation>
    </message>
    <message>
        <source>Order %1 is out for signature: wait for the customer, or for a decline before sending it again.</source>
        <translation>El pedido %1 está pendiente de firma: espere al cliente, o a un rechazo, antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs for the customer.</source>
        <translation>Introduzca el nombre de la persona que firma en nombre del cliente.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address for the person who signs for the customer.</source>
        <translation>Introduzca una dirección de correo electrónico válida de la persona que firma en nombre del cliente.</translation>
    </message>
    <message>
        <source>The signatory could not be saved with the draft.</source>
        <translation>No se ha podido guardar el firmante con el borrador.</translation>
    </message>
</context>
<context>
    <name>od::PaperworkPanel</name>
    <message>
        <source>Paperwork and signature</source>
        <translation>Documentación y firma</translation>
    </message>
    <message>
        <source>Paperwork checklist by country</source>
        <translation>Lista de comprobación de la documentación por país</translation>
    </message>
    <message>
        <source>One row per country that keeps its numbers: forms generated, sent for signature, signed, sent to the carrier. Arrow keys move between the cells.</source>
        <translation>Una fila por cada país que conserva sus números: formularios generados, enviados a firma, firmados, enviados al operador. Las teclas de flecha permiten moverse entre las celdas.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generados</translation>
    </message>
    <message>
        <source>Sent for signature</source>
        <translation>Enviados a firma</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmados</translation>
    </message>
    <message>
        <source>Sent to the carrier</source>
        <translation>Enviados al operador</translation>
    </message>
    <message>
        <source>Preview &amp;contract</source>
        <translation>Vista previa del &amp;contrato</translation>
    </message>
    <message>
        <source>Preview contract</source>
        <translation>Vista previa del contrato</translation>
    </message>
    <message>
        <source>Opens the contract as it is sent for signature</source>
        <translation>Abre el contrato tal como se envía a firma</translation>
    </message>
    <message>
        <source>&amp;Preview forms</source>
        <translation>&amp;Vista previa de formularios</translation>
    </message>
    <message>
        <source>Preview forms</source>
        <translation>Vista previa de formularios</translation>
    </message>
    <message>
        <source>Opens the contract and every porting form, to read or print</source>
        <translation>Abre el contrato y todos los formularios de portabilidad para leerlos o imprimirlos</translation>
    </message>
    <message>
        <source>Sa&amp;ve forms…</source>
        <translation>Guardar &amp;formularios…</translation>
    </message>
    <message>
        <source>Save forms</source>
        <translation>Guardar formularios</translation>
    </message>
    <message>
        <source>Saves the contract and every porting form as PDF files into a folder</source>
        <translation>Guarda el contrato y todos los formularios de portabilidad como archivos PDF en una carpeta</translation>
    </message>
    <message>
        <source>Send for si&amp;gnature…</source>
        <translation>&amp;Enviar a firma…</translation>
    </message>
    <message>
        <source>Send for signature</source>
        <translation>Enviar a firma</translation>
    </message>
    <message>
        <source>Sends the signatory one envelope with the contract and the forms</source>
        <translation>Envía al firmante un único sobre con el contrato y los formularios</translation>
    </message>
    <message>
        <source>&amp;Open signed PDF</source>
        <translation>A&amp;brir PDF firmado</translation>
    </message>
    <message>
        <source>Open signed PDF</source>
        <translation>Abrir PDF firmado</translation>
    </message>
    <message>
        <source>Shows the signed documents</source>
        <translation>Muestra los documentos firmados</translation>
    </message>
    <message>
        <source>Save signed P&amp;DF…</source>
        <translation>Guardar &amp;PDF firmado…</translation>
    </message>
    <message>
        <source>Save signed PDF</source>
        <translation>Guardar PDF firmado</translation>
    </message>
    <message>
        <source>Saves the signed documents as a PDF file</source>
        <translation>Guarda los documentos firmados como archivo PDF</translation>
    </message>
    <message>
        <source>The order is not at the carrier yet.</source>
        <translation>El pedido aún no está en el operador.</translation>
    </message>
    <message>
        <source>Not connected to the carrier&apos;s services: Order Desk sends for signature once they are set up.</source>
        <translation>Sin conexión con los servicios del operador: Order Desk enviará a firma en cuanto estén configurados.</translation>
    </message>
    <message>
        <source>– Not sent for signature yet.</source>
        <translation>– Aún no se ha enviado a firma.</translation>
    </message>
    <message>
        <source>– The envelope is being prepared.</source>
        <translation>– Se está preparando el sobre.</translation>
    </message>
    <message>
        <source>✉ Sent: waiting for the signatory to open and sign it.</source>
        <translation>✉ Enviado: pendiente de que el firmante lo abra y lo firme.</translation>
    </message>
    <message>
        <source>✉ Delivered: the signatory has opened it and not signed yet.</source>
        <translation>✉ Entregado: el firmante lo ha abierto, pero aún no lo ha firmado.</translation>
    </message>
    <message>
        <source>✔ Completed: signed by the signatory.</source>
        <translation>✔ Completado: firmado por el firmante.</translation>
    </message>
    <message>
        <source>✖ Declined: the signatory declined to sign. Check the signatory and send again.</source>
        <translation>✖ Rechazado: el firmante ha rechazado firmar. Compruebe el firmante y vuelva a enviarlo.</translation>
    </message>
    <message>
        <source>✖ Voided: the signature request was withdrawn. Send again when ready.</source>
        <translation>✖ Anulado: se ha retirado la solicitud de firma. Vuelva a enviarlo cuando esté listo.</translation>
    </message>
    <message>
        <source>– %1</source>
        <translation>– %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>The contract and the porting forms go to the signatory in one envelope; once signed, they are sent to the carrier.</source>
        <translation>El contrato y los formularios de portabilidad se envían al firmante en un único sobre; una vez firmados, se envían al operador.</translation>
    </message>
    <message>
        <source>Signature: – the contract goes to the signatory once the carrier has the order.</source>
        <translation>Firma: – el contrato se envía al firmante cuando el operador tenga el pedido.</translation>
    </message>
    <message>
        <source>The signed PDF is kept with the order (%1).</source>
        <translation>El PDF firmado se guarda con el pedido (%1).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Send a&amp;gain…</source>
        <translation>Enviar de &amp;nuevo…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <source>Sends the contract to the signatory again</source>
        <translation>Vuelve a enviar el contrato al firmante</translation>
    </message>
    <message>
        <source>Not possible now.</source>
        <translation>No es posible ahora.</translation>
    </message>
    <message>
        <source>✖ The forms cannot be produced: %1</source>
        <translation>✖ No se pueden generar los formularios: %1</translation>
    </message>
    <message>
        <source>✖ The contract cannot be produced: %1</source>
        <translation>✖ No se puede generar el contrato: %1</translation>
    </message>
    <message>
        <source>Preparing the contract and the forms…</source>
        <translation>Preparando el contrato y los formularios…</translation>
    </message>
    <message>
        <source>Preparing the contract…</source>
        <translation>Preparando el contrato…</translation>
    </message>
    <message>
        <source>Save the contract and the forms into</source>
        <translation>Guardar el contrato y los formularios en</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>✔ Saved in %1 (documents: %2).</source>
        <translation>✔ Guardado en %1 (documentos: %2).</translation>
    </message>
    <message>
        <source>The signatory receives one e-signature envelope with the contract and every porting form. Check who signs for the company:</source>
        <translation>El firmante recibe un único sobre de firma electrónica con el contrato y todos los formularios de portabilidad. Compruebe quién firma en nombre de la empresa:</translation>
    </message>
    <message>
        <source>The signatory receives the contract again for e-signature. Check who signs for the company; correct the e-mail address if it was wrong:</source>
        <translation>El firmante vuelve a recibir el contrato para la firma electrónica. Compruebe quién firma en nombre de la empresa y corrija la dirección de correo electrónico si era incorrecta:</translation>
    </message>
    <message>
        <source>✖ Not sent: %1</source>
        <translation>✖ No enviado: %1</translation>
    </message>
    <message>
        <source>✔ The envelope is queued for %1; it goes out with the next connection to the carrier.</source>
        <translation>✔ El sobre está en cola para %1; se enviará con la próxima conexión con el operador.</translation>
    </message>
    <message>
        <source>Envelope queued for signature.</source>
        <translation>Sobre en cola para firma.</translation>
    </message>
    <message>
        <source>✖ The signed PDF is not kept with this order.</source>
        <translation>✖ El PDF firmado no se guarda con este pedido.</translation>
    </message>
    <message>
        <source>Signed documents %1</source>
        <translation>Documentos firmados %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>✔ Saved as %1.</source>
        <translation>✔ Guardado como %1.</translation>
    </message>
</context>
<context>
    <name>od::PdfPreviewDialog</name>
    <message>
        <source>the document is not complete</source>
        <translation>el documento no está completo</translation>
    </message>
    <message>
        <source>the document was not found</source>
        <translation>no se ha encontrado el documento</translation>
    </message>
    <message>
        <source>it is not a valid PDF</source>
        <translation>no es un PDF válido</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>está protegido con contraseña</translation>
    </message>
    <message>
        <source>its protection is not supported</source>
        <translation>su protección no es compatible</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Páginas del documento</translation>
    </message>
    <message>
        <source>Page Up and Page Down turn the pages; Ctrl+Plus and Ctrl+Minus zoom.</source>
        <translation>Re Pág y Av Pág pasan las páginas; Ctrl+Más y Ctrl+Menos cambian el zoom.</translation>
    </message>
    <message>
        <source>Preview tools</source>
        <translation>Herramientas de vista previa</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>P&amp;age</source>
        <translation>Pá&amp;gina</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>Tamaño real (100 %)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ajustar a la página</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save this document as a PDF file</source>
        <translation>Guardar este documento como archivo PDF</translation>
    </message>
    <message>
        <source>Save a&amp;ll…</source>
        <translation>Guardar &amp;todo…</translation>
    </message>
    <message>
        <source>Save every document into a folder</source>
        <translation>Guardar todos los documentos en una carpeta</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print this document</source>
        <translation>Imprimir este documento</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Save all documents</source>
        <translation>Guardar todos los documentos</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation>Cerrar la vista previa (Esc)</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Cerrar la vista previa</translation>
    </message>
    <message>
        <source>✖ This document cannot be shown: %1.</source>
        <translation>✖ No se puede mostrar este documento: %1.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>(%1 de %2)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Zoom: %1</source>
        <translation>Zoom: %1</translation>
    </message>
    <message>
        <source>There is no document to save.</source>
        <translation>No hay ningún documento que guardar.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>✔ Saved as %1.</source>
        <translation>✔ Guardado como %1.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Save all documents into</source>
        <translation>Guardar todos los documentos en</translation>
    </message>
    <message>
        <source>✔ Saved in %1 (documents: %2).</source>
        <translation>✔ Guardado en %1 (documentos: %2).</translation>
    </message>
    <message>
        <source>There is no document to print.</source>
        <translation>No hay ningún documento que imprimir.</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>No se puede usar la impresora.</translation>
    </message>
    <message>
        <source>The printer stopped after page %1.</source>
        <translation>La impresora se ha detenido después de la página %1.</translation>
    </message>
    <message>
        <source>Page %1 could not be prepared for printing.</source>
        <translation>No se ha podido preparar la página %1 para imprimirla.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>✔ Sent to the printer.</source>
        <translation>✔ Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>od::PortingPage</name>
    <message>
        <source>Per country: keep the customer&apos;s numbers (port or migrate), or get new ones.</source>
        <translation>Por país: conservar los números del cliente (portar o migrar) u obtener números nuevos.</translation>
    </message>
    <message>
        <source>The order has no country yet: choose countries on the voice plans page.</source>
        <translation>El pedido aún no tiene ningún país: elija los países en la página de planes de voz.</translation>
    </message>
    <message>
        <source>&amp;Keep existing numbers in %1 (port or migrate)</source>
        <translation>Conser&amp;var los números existentes en %1 (portar o migrar)</translation>
    </message>
    <message>
        <source>Keep existing numbers in %1</source>
        <translation>Conservar los números existentes en %1</translation>
    </message>
    <message>
        <source>New numbers in %1 are chosen on the next page (offices and numbers).</source>
        <translation>Los números nuevos de %1 se eligen en la página siguiente (sedes y números).</translation>
    </message>
    <message>
        <source>ℹ %1</source>
        <translation>ℹ %1</translation>
    </message>
    <message>
        <source>Port from another &amp;carrier</source>
        <translation>Portar desde &amp;otro operador</translation>
    </message>
    <message>
        <source>Port the numbers of %1 from another carrier</source>
        <translation>Portar los números de %1 desde otro operador</translation>
    </message>
    <message>
        <source>&amp;Migrate numbers already in Teams</source>
        <translation>&amp;Migrar números que ya están en Teams</translation>
    </message>
    <message>
        <source>Migrate numbers of %1 already used in Teams</source>
        <translation>Migrar números de %1 que ya se usan en Teams</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Microsoft Calling Plan</source>
        <translation>Microsoft Calling Plan</translation>
    </message>
    <message>
        <source>Direct Routing</source>
        <translation>Direct Routing</translation>
    </message>
    <message>
        <source>Another Operator Connect operator</source>
        <translation>Otro operador de Operator Connect</translation>
    </message>
    <message>
        <source>Teams n&amp;umber type today:</source>
        <translation>&amp;Tipo de número en Teams actualmente:</translation>
    </message>
    <message>
        <source>Losing carrier in %1</source>
        <translation>Operador donante en %1</translation>
    </message>
    <message>
        <source>&amp;Losing carrier:</source>
        <translation>Operador &amp;donante:</translation>
    </message>
    <message>
        <source>Exactly as the losing carrier knows it, e.g. from its invoice.</source>
        <translation>Exactamente como lo conoce el operador donante, p. ej., según su factura.</translation>
    </message>
    <message>
        <source>As on the current carrier&apos;s invoice</source>
        <translation>Como en la factura del operador actual</translation>
    </message>
    <message>
        <source>&amp;Account holder:</source>
        <translation>Titu&amp;lar:</translation>
    </message>
    <message>
        <source>Account holder&apos;s address
(as the carrier has it):</source>
        <translation>Dirección del titular
(según el operador):</translation>
    </message>
    <message>
        <source>Numbe&amp;rs:</source>
        <translation>Núme&amp;ros:</translation>
    </message>
    <message>
        <source>Main billin&amp;g number:</source>
        <translation>Número de &amp;cabecera:</translation>
    </message>
    <message>
        <source>Requested port date in %1</source>
        <translation>Fecha de portabilidad solicitada en %1</translation>
    </message>
    <message>
        <source>Use &amp;earliest</source>
        <translation>Usar la más tem&amp;prana</translation>
    </message>
    <message>
        <source>Port &amp;date:</source>
        <translation>&amp;Fecha de portabilidad:</translation>
    </message>
    <message>
        <source>%1 to %2 working days depending on the numbers</source>
        <translation>De %1 a %2 días hábiles según los números</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 día hábil</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 días hábiles</translation>
    </message>
    <message>
        <source>earliest: %1, %2</source>
        <translation>más temprana: %1, %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (opcional):</translation>
    </message>
    <message>
        <source>How the numbers reach Teams today in %1</source>
        <translation>Cómo llegan hoy los números a Teams en %1</translation>
    </message>
    <message>
        <source>Account holder&apos;s name in %1</source>
        <translation>Nombre del titular en %1</translation>
    </message>
    <message>
        <source>account holder in %1</source>
        <translation>titular en %1</translation>
    </message>
    <message>
        <source>Main billing number in %1</source>
        <translation>Número de cabecera en %1</translation>
    </message>
    <message>
        <source>Use the earliest possible port date in %1</source>
        <translation>Usar la fecha de portabilidad más temprana posible en %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>od::ProblemPanel</name>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;To go on:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Para continuar:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;step:%1&quot;&gt;%2&lt;/a&gt;: %3</source>
        <translation>&lt;a href=&quot;step:%1&quot;&gt;%2&lt;/a&gt;: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;On other pages:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;En otras páginas:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>od::RecapPage</name>
    <message>
        <source>The whole order. Edit any part; Next comes back here.</source>
        <translation>El pedido completo. Puede editar cualquier parte; Siguiente vuelve aquí.</translation>
    </message>
    <message>
        <source>ℹ This order is queued in the outbox. It will be sent to the carrier when the carrier&apos;s ordering service is reachable; nothing else is needed now.
While it waits it cannot be changed or submitted again. To change it, choose &quot;Withdraw from the outbox to edit&quot;: it goes back to the drafts with everything kept.</source>
        <translation>ℹ Este pedido está en cola en la bandeja de salida. Se enviará al operador cuando su servicio de pedidos esté disponible; por ahora no hace falta nada más.
Mientras espera, no se puede modificar ni volver a tramitar. Para modificarlo, elija «Retirar de la bandeja de salida para editar»: vuelve a los borradores con todo su contenido.</translation>
    </message>
    <message>
        <source>Queued in the outbox</source>
        <translation>En cola en la bandeja de salida</translation>
    </message>
    <message>
        <source>Order recap</source>
        <translation>Resumen del pedido</translation>
    </message>
    <message>
        <source>The whole order by country, with fees. Tab moves between the Edit links; Enter opens one.</source>
        <translation>El pedido completo por país, con las cuotas. Tab se desplaza entre los enlaces Editar; Intro abre uno.</translation>
    </message>
    <message>
        <source>The order as it was submitted.</source>
        <translation>El pedido tal como se tramitó.</translation>
    </message>
</context>
<context>
    <name>od::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>About revisions</source>
        <translation>Acerca de las revisiones</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>&amp;Restore this revision</source>
        <translation>&amp;Restaurar esta revisión</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Restaurar esta revisión</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Each revision is a saved state of this draft (the newest %1 are kept). Restoring one keeps the current state as a revision too.</source>
        <translation>Cada revisión es un estado guardado de este borrador (se conservan las %1 más recientes). Al restaurar una, el estado actual también se conserva como revisión.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
</context>
<context>
    <name>od::SignatoryDialog</name>
    <message>
        <source>Send for signature</source>
        <translation>Enviar a firma</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Nombre del firmante</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;name:</source>
        <translation>&amp;Nombre del firmante:</translation>
    </message>
    <message>
        <source>Signatory&apos;s e-mail address</source>
        <translation>Correo electrónico del firmante</translation>
    </message>
    <message>
        <source>The e-signature envelope is sent to this address</source>
        <translation>El sobre de firma electrónica se envía a esta dirección</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Signatory&apos;s job title</source>
        <translation>Cargo del firmante</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>C&amp;argo:</translation>
    </message>
    <message>
        <source>The signatory &amp;may sign for the company</source>
        <translation>El firmante &amp;puede firmar en nombre de la empresa</translation>
    </message>
    <message>
        <source>The signatory may sign for the company</source>
        <translation>El firmante puede firmar en nombre de la empresa</translation>
    </message>
    <message>
        <source>&amp;Send for signature</source>
        <translation>&amp;Enviar a firma</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Signatory&apos;s name: enter the name of the person who signs.</source>
        <translation>Nombre del firmante: introduzca el nombre de la persona que firma.</translation>
    </message>
    <message>
        <source>E-mail address: enter the signatory&apos;s e-mail address; the envelope is sent there.</source>
        <translation>Correo electrónico: introduzca la dirección de correo electrónico del firmante; el sobre se envía allí.</translation>
    </message>
    <message>
        <source>E-mail address: &quot;%1&quot; is not a valid e-mail address; check it (name@company.com).</source>
        <translation>Correo electrónico: «%1» no es una dirección de correo electrónico válida; compruébela (nombre@empresa.com).</translation>
    </message>
    <message>
        <source>Job title: enter the signatory&apos;s job title.</source>
        <translation>Cargo: introduzca el cargo del firmante.</translation>
    </message>
    <message>
        <source>May sign for the company: confirm that the signatory may sign for the company.</source>
        <translation>Puede firmar en nombre de la empresa: confirme que el firmante puede firmar en nombre de la empresa.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
</context>
<context>
    <name>od::SubmitPage</name>
    <message>
        <source>Send the order.</source>
        <translation>Enviar el pedido.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>&amp;Preview contract</source>
        <translation>&amp;Vista previa del contrato</translation>
    </message>
    <message>
        <source>Preview contract</source>
        <translation>Vista previa del contrato</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Tramitar</translation>
    </message>
    <message>
        <source>Submit the order</source>
        <translation>Tramitar el pedido</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Nombre del firmante</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;name</source>
        <translation>&amp;Nombre del firmante</translation>
    </message>
    <message>
        <source>Signatory&apos;s e-mail address</source>
        <translation>Correo electrónico del firmante</translation>
    </message>
    <message>
        <source>The e-signature envelope is sent to this address</source>
        <translation>El sobre de firma electrónica se envía a esta dirección</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>Signatory&apos;s job title</source>
        <translation>Cargo del firmante</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>Ca&amp;rgo</translation>
    </message>
    <message>
        <source>The signatory &amp;may sign for the company</source>
        <translation>El firmante &amp;puede firmar en nombre de la empresa</translation>
    </message>
    <message>
        <source>The signatory may sign for the company</source>
        <translation>El firmante puede firmar en nombre de la empresa</translation>
    </message>
    <message>
        <source>Submit to si&amp;gn</source>
        <translation>Tramitar para &amp;firma</translation>
    </message>
    <message>
        <source>Submit to sign</source>
        <translation>Tramitar para firma</translation>
    </message>
    <message>
        <source>Sends the order; the signatory receives the contract for e-signature</source>
        <translation>Envía el pedido; el firmante recibe el contrato para la firma electrónica</translation>
    </message>
    <message>
        <source>What is missing before the order can be sent</source>
        <translation>Qué falta para poder enviar el pedido</translation>
    </message>
    <message>
        <source>Existing numbers are kept in at least one country. Preview the contract, then submit. Afterwards, produce the porting or migration forms and get them and the contract signed.</source>
        <translation>Se conservan los números existentes en al menos un país. Revise la vista previa del contrato y tramite el pedido. Después, genere los formularios de portabilidad o migración y consiga que se firmen junto con el contrato.</translation>
    </message>
    <message>
        <source>Only new numbers: enter who signs for the company. &quot;Submit to sign&quot; sends them the contract for e-signature; once it is signed, the order is confirmed and handled within five working days.</source>
        <translation>Solo números nuevos: indique quién firma en nombre de la empresa. «Tramitar para firma» envía al firmante el contrato para su firma electrónica; una vez firmado, el pedido se confirma y se tramita en un plazo de cinco días hábiles.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>ℹ Submitting puts the order in the outbox. Before it is sent, the carrier&apos;s services settle what they alone can:
%1</source>
        <translation>ℹ Al tramitar, el pedido pasa a la bandeja de salida. Antes de enviarlo, los servicios del operador resolverán lo que solo ellos pueden:
%1</translation>
    </message>
    <message>
        <source>The order is queued.</source>
        <translation>El pedido está en cola.</translation>
    </message>
    <message>
        <source>Not possible yet: see what is missing below.</source>
        <translation>Aún no es posible: consulte abajo lo que falta.</translation>
    </message>
    <message>
        <source>On this page</source>
        <translation>En esta página</translation>
    </message>
    <message>
        <source>✖ %1: %2</source>
        <translation>✖ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Before the order can be sent (%n):&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>
            <numerusform>&lt;b&gt;Antes de poder enviar el pedido (%n):&lt;/b&gt;&lt;br&gt;%1</numerusform>
            <numerusform>&lt;b&gt;Antes de poder enviar el pedido (%n):&lt;/b&gt;&lt;br&gt;%1</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ The order is not queued yet: %1</source>
        <translation>✖ El pedido aún no está en cola: %1</translation>
    </message>
    <message>
        <source>✔ Queued: the order is in the outbox and will be sent when the carrier&apos;s ordering service is reachable. Nothing else is needed now.</source>
        <translation>✔ En cola: el pedido está en la bandeja de salida y se enviará cuando el servicio de pedidos del operador esté disponible. Por ahora no hace falta nada más.</translation>
    </message>
    <message>
        <source>Opens the contract the signatory receives, to read, save or print</source>
        <translation>Abre el contrato que recibe el firmante para leerlo, guardarlo o imprimirlo</translation>
    </message>
    <message>
        <source>Preparing the contract…</source>
        <translation>Preparando el contrato…</translation>
    </message>
    <message>
        <source>✖ The contract cannot be shown yet: %1</source>
        <translation>✖ Aún no se puede mostrar el contrato: %1</translation>
    </message>
    <message>
        <source>⚠ The carrier sent the order back: %1</source>
        <translation>⚠ El operador ha devuelto el pedido: %1</translation>
    </message>
</context>
<context>
    <name>od::VoicePlansPage</name>
    <message>
        <source>Countries, their voice plans and users, and the OCN and BCN of each country.</source>
        <translation>Los países, sus planes de voz y usuarios, y el OCN y el BCN de cada país.</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>Buscar un país</translation>
    </message>
    <message>
        <source>Type part of a country&apos;s name or its code; Enter or Space in the list chooses it.</source>
        <translation>Escriba parte del nombre de un país o su código; Intro o Espacio en la lista lo elige.</translation>
    </message>
    <message>
        <source>Type to filter: ger, fr, uk…</source>
        <translation>Escriba para filtrar: ger, fr, uk…</translation>
    </message>
    <message>
        <source>F&amp;ind a country:</source>
        <translation>&amp;Buscar un país:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — prices in %2</source>
        <translation>%1 — precios en %2</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Check the countries of the order with Space or Enter.</source>
        <translation>Marque los países del pedido con Espacio o Intro.</translation>
    </message>
    <message>
        <source>C&amp;ountries:</source>
        <translation>&amp;Países:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Choose the countries of the order in the list on the left.</source>
        <translation>Elija los países del pedido en la lista de la izquierda.</translation>
    </message>
    <message>
        <source>voice plans</source>
        <translation>los planes de voz</translation>
    </message>
    <message>
        <source>the BCN</source>
        <translation>el BCN</translation>
    </message>
    <message>
        <source>offices</source>
        <translation>las sedes</translation>
    </message>
    <message>
        <source>the porting details</source>
        <translation>los datos de portabilidad</translation>
    </message>
    <message>
        <source>%1 was removed from the order. Its %2 are kept: Undo, or check %1 again, brings them back.</source>
        <translation>Se ha quitado %1 del pedido. Se conservan %2: Deshacer, o volver a marcar %1, los recupera.</translation>
    </message>
    <message>
        <source>details</source>
        <translation>sus datos</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No country chosen yet.</source>
        <translation>Aún no se ha elegido ningún país.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Elegidos: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Users of %1 in %2</source>
        <translation>Usuarios de %1 en %2</translation>
    </message>
    <message>
        <source>%1 per user / month</source>
        <translation>%1 por usuario / mes</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>OCN for %1</source>
        <translation>OCN para %1</translation>
    </message>
    <message>
        <source>The carrier&apos;s customer number for this country.</source>
        <translation>El número de cliente del operador para este país.</translation>
    </message>
    <message>
        <source>OCN:</source>
        <translation>OCN:</translation>
    </message>
    <message>
        <source>BCN for %1</source>
        <translation>BCN para %1</translation>
    </message>
    <message>
        <source>The billing account under the OCN that pays for this country.</source>
        <translation>La cuenta de facturación, dentro del OCN, que paga los servicios de este país.</translation>
    </message>
    <message>
        <source>B&amp;CN:</source>
        <translation>B&amp;CN:</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Included:</source>
        <translation>Incluye:</translation>
    </message>
    <message numerus="yes">
        <source> user(s)</source>
        <translation>
            <numerusform> usuario</numerusform>
            <numerusform> usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>How many users get this plan. The numbers for users in a country cannot be more than the users of its plans.</source>
        <translation>Cuántos usuarios tienen este plan. Los números para usuarios de un país no pueden superar el número de usuarios de sus planes.</translation>
    </message>
    <message>
        <source>About %1 in %2</source>
        <translation>Acerca de %1 en %2</translation>
    </message>
</context>
<context>
    <name>od::documentFiles</name>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>No se ha podido guardar %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Replace files</source>
        <translation>Reemplazar archivos</translation>
    </message>
    <message>
        <source>Files of the same name are in this folder already (%1 of %2). Replace them?</source>
        <translation>En esta carpeta ya hay archivos con el mismo nombre (%1 de %2). ¿Desea reemplazarlos?</translation>
    </message>
</context>
<context>
    <name>od::documents</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>od::documents::Contract</name>
    <message>
        <source>Order form and contract</source>
        <translation>Hoja de pedido y contrato</translation>
    </message>
    <message>
        <source>Operator Connect for Microsoft Teams</source>
        <translation>Operator Connect para Microsoft Teams</translation>
    </message>
    <message>
        <source>This contract sets out the Operator Connect services for Microsoft Teams that the customer named below orders: voice plans, telephone numbers, options and fees, per country.</source>
        <translation>El presente contrato recoge los servicios de Operator Connect para Microsoft Teams que contrata el cliente abajo indicado: planes de voz, números de teléfono, opciones y cuotas, por país.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Terms and signature</source>
        <translation>Condiciones y firma</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contrato %1</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Referencia del pedido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Customer number (OCN)</source>
        <translation>Número de cliente (OCN)</translation>
    </message>
    <message>
        <source>Online account</source>
        <translation>Cuenta en línea</translation>
    </message>
    <message>
        <source>New customer: the number is assigned on acceptance</source>
        <translation>Cliente nuevo: el número se asigna en la aceptación</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant ID</source>
        <translation>ID de inquilino de Microsoft Entra</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Domicilio social</translation>
    </message>
    <message>
        <source>Services in %1</source>
        <translation>Servicios en %1</translation>
    </message>
    <message>
        <source>Billing account (BCN)</source>
        <translation>Cuenta de facturación (BCN)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Existing numbers migrated</source>
        <translation>Migración de números existentes</translation>
    </message>
    <message>
        <source>Existing numbers ported</source>
        <translation>Portabilidad de números existentes</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>Números nuevos</translation>
    </message>
    <message>
        <source>Voice plans</source>
        <translation>Planes de voz</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Per user and month</source>
        <translation>Por usuario y mes</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Offices and new numbers</source>
        <translation>Sedes y números nuevos</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Sede %1</translation>
    </message>
    <message>
        <source>%1 new numbers: %2 for users, %3 for resource accounts</source>
        <translation>%1 números nuevos: %2 para usuarios, %3 para cuentas de recursos</translation>
    </message>
    <message>
        <source>area code %1</source>
        <translation>prefijo %1</translation>
    </message>
    <message>
        <source>No office yet.</source>
        <translation>Aún no hay ninguna sede.</translation>
    </message>
    <message>
        <source>Numbers migrated</source>
        <translation>Números migrados</translation>
    </message>
    <message>
        <source>Numbers ported</source>
        <translation>Números portados</translation>
    </message>
    <message>
        <source>Current provider</source>
        <translation>Proveedor actual</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Operador donante</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Fecha solicitada</translation>
    </message>
    <message>
        <source>Number or range</source>
        <translation>Número o rango</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Desvío de llamadas</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Configurado</translation>
    </message>
    <message>
        <source>Configured, to %1</source>
        <translation>Configurado, a %1</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>No configurado</translation>
    </message>
    <message>
        <source>Screening (the network checks the presented number)</source>
        <translation>Con verificación (la red comprueba el número presentado)</translation>
    </message>
    <message>
        <source>No screening</source>
        <translation>Sin verificación</translation>
    </message>
    <message>
        <source>Presentation number %1</source>
        <translation>Número de presentación %1</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <source>Auto attendants</source>
        <translation>Operadores automáticos</translation>
    </message>
    <message>
        <source>Call queues</source>
        <translation>Colas de llamadas</translation>
    </message>
    <message>
        <source>Fees in %1</source>
        <translation>Cuotas en %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Pago único</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>Total en %1</translation>
    </message>
    <message>
        <source>No fees.</source>
        <translation>Sin cuotas.</translation>
    </message>
    <message>
        <source>Prices exclude VAT. Monthly fees are billed from the date the numbers are active; one-off fees with the first invoice.</source>
        <translation>Precios sin IVA. Las cuotas mensuales se facturan desde la fecha de activación de los números; los pagos únicos, con la primera factura.</translation>
    </message>
    <message>
        <source>Order contact</source>
        <translation>Contacto del pedido</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>Contacto del cliente</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>The customer orders the services above at the prices shown. New numbers are activated, and monthly fees start, within five working days of the signed contract. Ported and migrated numbers move on the date the losing carrier confirms, which may differ from the requested date.</source>
        <translation>El cliente contrata los servicios arriba indicados a los precios que figuran. Los números nuevos se activan, y las cuotas mensuales comienzan, en un plazo de cinco días hábiles desde la firma del contrato. Los números portados y migrados se traspasan en la fecha que confirme el operador donante, que puede diferir de la fecha solicitada.</translation>
    </message>
    <message>
        <source>Numbers are ported or migrated on the strength of the signed letters of authorisation that accompany this contract.</source>
        <translation>La portabilidad o migración de los números se realiza en virtud de las autorizaciones de portabilidad firmadas que acompañan a este contrato.</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>Firmado en nombre de</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>The signatory confirms being authorised to sign for the customer.</source>
        <translation>El firmante declara estar autorizado para firmar en nombre del cliente.</translation>
    </message>
    <message>
        <source>The order has no country: choose at least one country and its voice plans first.</source>
        <translation>El pedido no tiene ningún país: elija primero al menos un país y sus planes de voz.</translation>
    </message>
    <message>
        <source>The contract template is missing from this build.</source>
        <translation>Esta compilación no incluye la plantilla del contrato.</translation>
    </message>
</context>
<context>
    <name>od::documents::PortingForm</name>
    <message>
        <source>Letter of authorisation — %1 (form %2 of %3)</source>
        <translation>Autorización de portabilidad — %1 (formulario %2 de %3)</translation>
    </message>
    <message>
        <source>Letter of authorisation — %1</source>
        <translation>Autorización de portabilidad — %1</translation>
    </message>
    <message>
        <source>Form %1 of %2</source>
        <translation>Formulario %1 de %2</translation>
    </message>
    <message>
        <source>Migration of Microsoft Teams numbers to Operator Connect</source>
        <translation>Migración de números de Microsoft Teams a Operator Connect</translation>
    </message>
    <message>
        <source>Porting of numbers to Operator Connect for Microsoft Teams</source>
        <translation>Portabilidad de números a Operator Connect para Microsoft Teams</translation>
    </message>
    <message>
        <source>The account holder below asks to move the numbers listed on this form, which it already uses in Microsoft Teams, to Operator Connect.</source>
        <translation>El titular abajo indicado solicita el traspaso a Operator Connect de los números que figuran en este formulario, que ya utiliza en Microsoft Teams.</translation>
    </message>
    <message>
        <source>The account holder below asks to move the numbers listed on this form from its current carrier to Operator Connect for Microsoft Teams.</source>
        <translation>El titular abajo indicado solicita la portabilidad de los números que figuran en este formulario desde su operador actual a Operator Connect para Microsoft Teams.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Referencia del pedido</translation>
    </message>
    <message>
        <source>OCN %1</source>
        <translation>OCN %1</translation>
    </message>
    <message>
        <source>Microsoft Calling Plan</source>
        <translation>Microsoft Calling Plan</translation>
    </message>
    <message>
        <source>Direct Routing</source>
        <translation>Direct Routing</translation>
    </message>
    <message>
        <source>Operator Connect (another operator)</source>
        <translation>Operator Connect (otro operador)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migración</translation>
    </message>
    <message>
        <source>Numbers in Teams today</source>
        <translation>Números en Teams actualmente</translation>
    </message>
    <message>
        <source>Current provider</source>
        <translation>Proveedor actual</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Portabilidad</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Operador donante</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Fecha solicitada</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>%1 to %2 working days, depending on the numbers</source>
        <translation>De %1 a %2 días hábiles, según los números</translation>
    </message>
    <message>
        <source>at least %1 working days</source>
        <translation>al menos %1 días hábiles</translation>
    </message>
    <message>
        <source>Form valid for</source>
        <translation>Validez del formulario</translation>
    </message>
    <message>
        <source>%1 months after signature</source>
        <translation>%1 meses desde la firma</translation>
    </message>
    <message>
        <source>Main billing number</source>
        <translation>Número de cabecera</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>National form</source>
        <translation>Formato nacional</translation>
    </message>
    <message>
        <source>International form (E.164)</source>
        <translation>Formato internacional (E.164)</translation>
    </message>
    <message>
        <source>Total numbers on this form</source>
        <translation>Total de números en este formulario</translation>
    </message>
    <message>
        <source>Details required in %1</source>
        <translation>Datos requeridos en %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>the current carrier</source>
        <translation>el operador actual</translation>
    </message>
    <message>
        <source>%1, the holder of the numbers listed on this form, authorises their transfer from %2 to Operator Connect for Microsoft Teams under order %3, and the end of the service with %2 for these numbers on the day they move. The signatory confirms being authorised to sign for the account holder.</source>
        <translation>%1, titular de los números que figuran en este formulario, autoriza su portabilidad desde %2 a Operator Connect para Microsoft Teams en virtud del pedido %3, así como la baja del servicio con %2 para dichos números en la fecha de su traspaso. El firmante declara estar autorizado para firmar en nombre del titular.</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>Company stamp</source>
        <translation>Sello de la empresa</translation>
    </message>
    <message>
        <source>The order has no country %1 to fill a porting form for.</source>
        <translation>El pedido no tiene el país %1 para el que rellenar un formulario de portabilidad.</translation>
    </message>
    <message>
        <source>The porting form template is missing from this build.</source>
        <translation>Esta compilación no incluye la plantilla del formulario de portabilidad.</translation>
    </message>
</context>
<context>
    <name>od::sync::Authenticator</name>
    <message>
        <source>Signing in took too long. Try again.</source>
        <translation>El inicio de sesión ha tardado demasiado. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The sign-in service answered with an error (HTTP %1). Try again later.</source>
        <translation>El servicio de inicio de sesión ha respondido con un error (HTTP %1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The sign-in service cannot be reached. Check the network connection and try again.</source>
        <translation>No se puede acceder al servicio de inicio de sesión. Compruebe la conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Signing in needs a local port to receive the answer, and none could be opened. Try again.</source>
        <translation>Para iniciar sesión se necesita un puerto local que reciba la respuesta, y no se ha podido abrir ninguno. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Order Desk is signed in. You can close this window.</source>
        <translation>Order Desk ha iniciado sesión. Puede cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Signing in was refused (%1). Try again, or ask an administrator to check your access.</source>
        <translation>Se ha denegado el inicio de sesión (%1). Vuelva a intentarlo o pida a un administrador que revise su acceso.</translation>
    </message>
    <message>
        <source>Signing in failed. Try again.</source>
        <translation>No se ha podido iniciar sesión. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The sign-in service refused the sign-in (HTTP %1). Try again.</source>
        <translation>El servicio de inicio de sesión ha rechazado el inicio de sesión (HTTP %1). Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>You signed out of the carrier&apos;s services: nothing is sent until you sign in again (File menu).</source>
        <translation>Ha cerrado la sesión en los servicios del operador: no se envía nada hasta que vuelva a iniciar sesión (menú Archivo).</translation>
    </message>
</context>
</TS>
