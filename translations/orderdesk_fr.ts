<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AppOptions</name>
    <message>
        <source>Order Desk: fill Microsoft Teams Operator Connect orders.</source>
        <translation>Order Desk&#xa0;: saisie des commandes Microsoft Teams Operator Connect.</translation>
    </message>
    <message>
        <source>Keep drafts in &lt;dir&gt; (default: $ORDERDESK_DATA_DIR, else the user&apos;s application data folder).</source>
        <translation>Conserver les brouillons dans &lt;dir&gt; (par défaut&#xa0;: $ORDERDESK_DATA_DIR, sinon le dossier des données d&apos;application de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use the product catalog in &lt;file&gt; instead of the bundled one.</source>
        <translation>Utiliser le catalogue produits de &lt;file&gt; au lieu du catalogue intégré.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Show the app in &lt;lang&gt; (en, de, ...) instead of the system language.</source>
        <translation>Afficher l&apos;application en &lt;lang&gt; (en, de, ...) au lieu de la langue du système.</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Essayez --help.</translation>
    </message>
    <message>
        <source>Unknown argument: %1. Try --help.</source>
        <translation>Argument inconnu&#xa0;: %1. Essayez --help.</translation>
    </message>
    <message>
        <source>Send to the carrier&apos;s services and the e-signature service at &lt;url&gt; (all of them; HTTPS, or HTTP to this computer). Default: $ORDERDESK_UPSTREAM, then the settings.</source>
        <translation>Envoyer aux services de l&apos;opérateur et au service de signature électronique à l&apos;adresse &lt;url&gt; (tous&#xa0;; HTTPS, ou HTTP vers cet ordinateur). Par défaut&#xa0;: $ORDERDESK_UPSTREAM, puis les paramètres.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>--upstream needs a web address such as https://carrier.example or http://127.0.0.1:8080, not &quot;%1&quot;.</source>
        <translation>--upstream attend une adresse web telle que https://carrier.example ou http://127.0.0.1:8080, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Commands (no window; DRAFT.json is a draft exported from Order Desk):
  contract DRAFT.json -o FILE.pdf      Write the order&apos;s contract as a PDF.
  porting-forms DRAFT.json -o FOLDER   Write its porting forms (letters of
                                       authorisation) as PDFs into FOLDER.
They exit with 0 when done, 1 when the draft or the output is the problem,
and 2 when the command line is.</source>
        <translation>Commandes (sans fenêtre&#xa0;; BROUILLON.json&#xa0;: brouillon exporté d&apos;Order Desk)&#xa0;:
  contract BROUILLON.json -o FICHIER.pdf    Écrit le contrat en PDF.
  porting-forms BROUILLON.json -o DOSSIER   Écrit ses formulaires de portabilité
                                            (mandats) en PDF dans DOSSIER.
Elles renvoient 0 en cas de succès, 1 si le brouillon ou la sortie est en cause,
et 2 si c&apos;est la ligne de commande.</translation>
    </message>
    <message>
        <source>The commands: write to &lt;path&gt; (contract: the PDF file; porting-forms: the folder, created when missing).</source>
        <translation>Les commandes&#xa0;: écrire dans &lt;path&gt; (contract&#xa0;: le fichier PDF&#xa0;; porting-forms&#xa0;: le dossier, créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>contract or porting-forms (see above).</source>
        <translation>contract ou porting-forms (voir ci-dessus).</translation>
    </message>
    <message>
        <source>%1 needs the exported draft to read: %2</source>
        <translation>%1 a besoin du brouillon exporté à lire&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown argument: %1. Usage: %2</source>
        <translation>Argument inconnu&#xa0;: %1. Utilisation&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 needs -o, where to write %2: %3</source>
        <translation>%1 a besoin de -o, l&apos;emplacement où écrire %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>le PDF</translation>
    </message>
    <message>
        <source>the forms (a folder)</source>
        <translation>les formulaires (un dossier)</translation>
    </message>
    <message>
        <source>-o belongs to the contract and porting-forms commands. Try --help.</source>
        <translation>-o s&apos;utilise avec les commandes contract et porting-forms. Essayez --help.</translation>
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
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be %1, found %2</source>
        <translation>doit être %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown key (check the spelling)</source>
        <translation>clé inconnue (vérifiez l&apos;orthographe)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>must be a whole number, found %1</source>
        <translation>doit être un nombre entier, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be ≥ 0</source>
        <translation>doit être ≥ 0</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>doit être au plus %1</translation>
    </message>
    <message>
        <source>must list at least one country</source>
        <translation>doit contenir au moins un pays</translation>
    </message>
    <message>
        <source>%1 is already listed as %2</source>
        <translation>%1 figure déjà en tant que %2</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1 est déjà utilisé par %2</translation>
    </message>
    <message>
        <source>%1 is not a country of the Operator Connect footprint</source>
        <translation>%1 n&apos;est pas un pays couvert par Operator Connect</translation>
    </message>
    <message>
        <source>%1 is not a country code: use two upper-case letters (ISO 3166-1 alpha-2), such as &quot;DE&quot;</source>
        <translation>%1 n&apos;est pas un code pays&#xa0;: utilisez deux lettres majuscules (ISO 3166-1 alpha-2), par exemple «&#xa0;DE&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not a currency code: use three upper-case letters (ISO 4217), such as &quot;EUR&quot;</source>
        <translation>%1 n&apos;est pas un code devise&#xa0;: utilisez trois lettres majuscules (ISO 4217), par exemple «&#xa0;EUR&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency in use</source>
        <translation>%1 n&apos;est pas une devise ISO 4217 en usage</translation>
    </message>
    <message>
        <source>must list at least one voice plan</source>
        <translation>doit contenir au moins un forfait voix</translation>
    </message>
    <message>
        <source>unknown CLIP mode %1 (use &quot;screening&quot;, &quot;noScreening&quot; or &quot;presentationNumber&quot;)</source>
        <translation>mode CLIP inconnu %1 (utilisez «&#xa0;screening&#xa0;», «&#xa0;noScreening&#xa0;» ou «&#xa0;presentationNumber&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 figure deux fois</translation>
    </message>
    <message>
        <source>must contain &quot;screening&quot;, the default CLIP mode</source>
        <translation>doit contenir «&#xa0;screening&#xa0;», le mode CLIP par défaut</translation>
    </message>
    <message>
        <source>must be 0 (fixed lead time) or at least leadTimeDays (%1)</source>
        <translation>doit être 0 (délai fixe) ou au moins leadTimeDays (%1)</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1 at offset %2</source>
        <translation>expression régulière non valide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <source>unknown checksum %1 (use &quot;luhn&quot;, &quot;siret&quot;, &quot;nif&quot;, &quot;codiceFiscale&quot;, &quot;itVat&quot; or &quot;&quot;)</source>
        <translation>somme de contrôle inconnue %1 (utilisez «&#xa0;luhn&#xa0;», «&#xa0;siret&#xa0;», «&#xa0;nif&#xa0;», «&#xa0;codiceFiscale&#xa0;», «&#xa0;itVat&#xa0;» ou «&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON: %1 at offset %2 (line %3, column %4)</source>
        <translation>Le catalogue n&apos;est pas un JSON valide&#xa0;: %1 à la position %2 (ligne %3, colonne %4)</translation>
    </message>
    <message>
        <source>The catalog must be a JSON object with &quot;countries&quot;.</source>
        <translation>Le catalogue doit être un objet JSON contenant «&#xa0;countries&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation>Impossible de lire le catalogue %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The bundled catalog is missing from this build (:/catalog.json); link orderdesk_resources.</source>
        <translation>Le catalogue intégré est absent de cette version (:/catalog.json)&#xa0;; liez orderdesk_resources.</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>office %1</source>
        <translation>site %1</translation>
    </message>
    <message>
        <source>Setup: %1</source>
        <translation>Mise en service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Migration of existing numbers</source>
        <translation>Migration des numéros existants</translation>
    </message>
    <message>
        <source>Porting of existing numbers</source>
        <translation>Portabilité des numéros existants</translation>
    </message>
    <message>
        <source>Installation: %1</source>
        <translation>Installation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Activation of new numbers: %1</source>
        <translation>Activation des nouveaux numéros&#xa0;: %1</translation>
    </message>
    <message>
        <source>Call forwarding configuration</source>
        <translation>Configuration du renvoi d&apos;appels</translation>
    </message>
    <message>
        <source>CLIP configuration</source>
        <translation>Configuration CLIP</translation>
    </message>
    <message>
        <source>Auto attendant configuration</source>
        <translation>Configuration du standard automatique</translation>
    </message>
    <message>
        <source>Call queue configuration</source>
        <translation>Configuration de la file d&apos;attente</translation>
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
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>(document)</translation>
    </message>
    <message>
        <source>unknown field; this version of Order Desk does not know it, and would lose it</source>
        <translation>champ inconnu&#xa0;; cette version d&apos;Order Desk ne le connaît pas et le perdrait</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 attendu, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>nombre entier attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; expected YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; format attendu&#xa0;: AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601)</source>
        <translation>une date et une heure (ISO 8601)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; expected ISO 8601, e.g. 2026-12-03T09:30:00Z</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure&#xa0;; format attendu&#xa0;: ISO 8601, par exemple 2026-12-03T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone; expected ISO 8601 with Z or an offset, e.g. 2026-12-03T09:30:00Z</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de fuseau horaire&#xa0;; format attendu&#xa0;: ISO 8601 avec Z ou un décalage, par exemple 2026-12-03T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>needs both latitude and longitude</source>
        <translation>requiert à la fois la latitude et la longitude</translation>
    </message>
    <message>
        <source>latitude must lie within ±90 and longitude within ±180</source>
        <translation>la latitude doit être comprise entre ±90 et la longitude entre ±180</translation>
    </message>
    <message>
        <source>not a valid order document: %1 at character %2</source>
        <translation>document de commande non valide&#xa0;: %1 au caractère %2</translation>
    </message>
    <message>
        <source>not a valid order document: expected a JSON object</source>
        <translation>document de commande non valide&#xa0;: un objet JSON est attendu</translation>
    </message>
    <message>
        <source>missing; this is not an Order Desk order document</source>
        <translation>absent&#xa0;; ce n&apos;est pas un document de commande Order Desk</translation>
    </message>
    <message>
        <source>this order was saved by a newer version of Order Desk (schema %1; this version reads up to %2). Update Order Desk to open it.</source>
        <translation>cette commande a été enregistrée par une version plus récente d&apos;Order Desk (schéma %1&#xa0;; cette version lit jusqu&apos;au schéma %2). Mettez Order Desk à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 is not a schema version</source>
        <translation>%1 n&apos;est pas une version de schéma</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of the order</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une étape de la commande</translation>
    </message>
    <message>
        <source>missing; every order keeps the reference it was created with</source>
        <translation>absent&#xa0;; chaque commande conserve la référence attribuée à sa création</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>No phone number: enter it in national form or with the country code (+…).</source>
        <translation>Aucun numéro de téléphone&#xa0;: saisissez-le au format national ou avec l&apos;indicatif pays (+…).</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use only digits, spaces and a leading + for the country code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone&#xa0;: utilisez uniquement des chiffres, des espaces et un + initial pour l&apos;indicatif pays.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: it contains no digits.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone&#xa0;: il ne contient aucun chiffre.</translation>
    </message>
    <message>
        <source>Unknown country code: check the digits after + or 00.</source>
        <translation>Indicatif pays inconnu&#xa0;: vérifiez les chiffres après + ou 00.</translation>
    </message>
    <message>
        <source>No country for a national number: enter it with the country code (+…).</source>
        <translation>Aucun pays pour un numéro national&#xa0;: saisissez-le avec l&apos;indicatif pays (+…).</translation>
    </message>
    <message>
        <source>The number is too short: check that no digits are missing.</source>
        <translation>Le numéro est trop court&#xa0;: vérifiez qu&apos;il ne manque aucun chiffre.</translation>
    </message>
    <message>
        <source>The number is too long: check for extra digits.</source>
        <translation>Le numéro est trop long&#xa0;: vérifiez qu&apos;il n&apos;y a pas de chiffres en trop.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>The number is too short for %1: check that no digits are missing.</source>
        <translation>Le numéro est trop court pour %1&#xa0;: vérifiez qu&apos;il ne manque aucun chiffre.</translation>
    </message>
    <message>
        <source>The number is too long for %1: check for extra digits.</source>
        <translation>Le numéro est trop long pour %1&#xa0;: vérifiez qu&apos;il n&apos;y a pas de chiffres en trop.</translation>
    </message>
    <message>
        <source>Not a valid number in %1: check the area code and the number of digits.</source>
        <translation>Numéro non valide pour %1&#xa0;: vérifiez l&apos;indicatif régional et le nombre de chiffres.</translation>
    </message>
    <message>
        <source>The number belongs to %1, not to %2: enter a number of %2 or choose another country.</source>
        <translation>Le numéro appartient à %1 et non à %2&#xa0;: saisissez un numéro de %2 ou choisissez un autre pays.</translation>
    </message>
    <message>
        <source>The range has no last number: write it after the separator, e.g. “… to 5699”.</source>
        <translation>La plage n&apos;a pas de dernier numéro&#xa0;: indiquez-le après le séparateur, par exemple «&#xa0;… à 5699&#xa0;».</translation>
    </message>
    <message>
        <source>First number of the range: %1</source>
        <translation>Premier numéro de la plage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last number of the range: %1</source>
        <translation>Dernier numéro de la plage&#xa0;: %1</translation>
    </message>
    <message>
        <source>The first and last numbers of the range have different lengths (%1 and %2 digits): write both ends in full.</source>
        <translation>Le premier et le dernier numéro de la plage n&apos;ont pas la même longueur (%1 et %2 chiffres)&#xa0;: écrivez les deux bornes en entier.</translation>
    </message>
    <message>
        <source>The range ends (%2) before it starts (%1): put the lower number first.</source>
        <translation>La plage se termine (%2) avant de commencer (%1)&#xa0;: indiquez d&apos;abord le plus petit numéro.</translation>
    </message>
    <message>
        <source>The range has %1 numbers; at most %2 are allowed: split it into smaller ranges.</source>
        <translation>La plage compte %1 numéros&#xa0;; %2 au maximum sont autorisés&#xa0;: divisez-la en plages plus petites.</translation>
    </message>
</context>
<context>
    <name>PortingNumbers</name>
    <message>
        <source>not a number or a range</source>
        <translation>ni un numéro ni une plage</translation>
    </message>
    <message>
        <source>Line %1 is a header (&quot;%2&quot;); skipped.</source>
        <translation>La ligne %1 est un en-tête («&#xa0;%2&#xa0;»)&#xa0;; ignorée.</translation>
    </message>
    <message>
        <source>Line %1 has no number in column %2; skipped: %3</source>
        <translation>La ligne %1 n&apos;a pas de numéro dans la colonne %2&#xa0;; ignorée&#xa0;: %3</translation>
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
        <translation>Le catalogue produits est inutilisable&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Choose another one with --data-dir.</source>
        <translation>Impossible de créer le dossier de données %1. Choisissez-en un autre avec --data-dir.</translation>
    </message>
    <message>
        <source>Order Desk could not restart: start it again.</source>
        <translation>Order Desk n&apos;a pas pu redémarrer&#xa0;: relancez-le.</translation>
    </message>
</context>
<context>
    <name>RecapWriter</name>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Order %1 for %2</source>
        <translation>Commande %1 pour %2</translation>
    </message>
    <message>
        <source>Countries: %1. Existing numbers are kept in at least one country: the contract is previewed and submitted, then the porting forms are signed.</source>
        <translation>Pays&#xa0;: %1. Les numéros existants sont conservés dans au moins un pays&#xa0;: le contrat est prévisualisé puis soumis, ensuite les formulaires de portabilité sont signés.</translation>
    </message>
    <message>
        <source>Countries: %1. New numbers only: the signatory signs the contract electronically.</source>
        <translation>Pays&#xa0;: %1. Nouveaux numéros uniquement&#xa0;: le signataire signe le contrat électroniquement.</translation>
    </message>
    <message>
        <source>ℹ Queued in the outbox: the order is sent when the carrier&apos;s ordering service is reachable.</source>
        <translation>ℹ En attente dans la boîte d&apos;envoi&#xa0;: la commande sera envoyée dès que le service de commande de l&apos;opérateur sera joignable.</translation>
    </message>
    <message>
        <source>✔ The order is complete: it can be submitted on the next page.</source>
        <translation>✔ La commande est complète&#xa0;: elle peut être soumise à la page suivante.</translation>
    </message>
    <message>
        <source>✔ The order can be submitted on the next page.</source>
        <translation>✔ La commande peut être soumise à la page suivante.</translation>
    </message>
    <message>
        <source>✖ Still to do before the order can be submitted (%1):</source>
        <translation>✖ Reste à faire avant de pouvoir soumettre la commande (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>ℹ Before it is sent, the carrier&apos;s services settle (%1):</source>
        <translation>ℹ Avant l&apos;envoi, les services de l&apos;opérateur traiteront les points suivants (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>✎ Edit customer</source>
        <translation>✎ Modifier le client</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Identifié par</translation>
    </message>
    <message>
        <source>OCN and account e-mail</source>
        <translation>OCN et e-mail du compte</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>OCN</source>
        <translation>OCN</translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation>E-mail du compte</translation>
    </message>
    <message>
        <source>Online account</source>
        <translation>Compte en ligne</translation>
    </message>
    <message>
        <source>Online account id</source>
        <translation>Identifiant du compte en ligne</translation>
    </message>
    <message>
        <source>Not yet a customer (prospect order)</source>
        <translation>Pas encore client (commande prospect)</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Adresse légale</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Account check</source>
        <translation>Vérification du compte</translation>
    </message>
    <message>
        <source>✔ verified by the carrier</source>
        <translation>✔ vérifié par l&apos;opérateur</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>Microsoft tenant ID</source>
        <translation>ID de locataire Microsoft</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Voice plans, OCN and BCN</source>
        <translation>Forfaits voix, OCN et BCN</translation>
    </message>
    <message>
        <source>✎ Edit voice plans of %1</source>
        <translation>✎ Modifier les forfaits voix (%1)</translation>
    </message>
    <message>
        <source>BCN</source>
        <translation>BCN</translation>
    </message>
    <message>
        <source>No voice plan chosen.</source>
        <translation>Aucun forfait voix choisi.</translation>
    </message>
    <message>
        <source>Voice plan</source>
        <translation>Forfait voix</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Per user and month</source>
        <translation>Par utilisateur et par mois</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Existing numbers: migration</source>
        <translation>Numéros existants&#xa0;: migration</translation>
    </message>
    <message>
        <source>Existing numbers: port</source>
        <translation>Numéros existants&#xa0;: portabilité</translation>
    </message>
    <message>
        <source>✎ Edit the numbers kept in %1</source>
        <translation>✎ Modifier les numéros conservés (%1)</translation>
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
        <translation>Operator Connect (autre opérateur)</translation>
    </message>
    <message>
        <source>In Teams today</source>
        <translation>Dans Teams aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Opérateur cédant</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titulaire du compte</translation>
    </message>
    <message>
        <source>Account holder&apos;s address</source>
        <translation>Adresse du titulaire du compte</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>%1 in total (single numbers: %2, DDI ranges: %3)</source>
        <translation>%1 au total (numéros individuels&#xa0;: %2, plages de SDA&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Main billing number</source>
        <translation>Numéro principal de facturation</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Date souhaitée</translation>
    </message>
    <message>
        <source>Offices and new numbers</source>
        <translation>Sites et nouveaux numéros</translation>
    </message>
    <message>
        <source>✎ Edit offices of %1</source>
        <translation>✎ Modifier les sites (%1)</translation>
    </message>
    <message>
        <source>No office yet.</source>
        <translation>Aucun site pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address check</source>
        <translation>Vérification de l&apos;adresse</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Indicatif régional</translation>
    </message>
    <message>
        <source>For users</source>
        <translation>Pour les utilisateurs</translation>
    </message>
    <message>
        <source>For resource accounts</source>
        <translation>Pour les comptes de ressource</translation>
    </message>
    <message>
        <source>Reserved numbers</source>
        <translation>Numéros réservés</translation>
    </message>
    <message>
        <source>✔ validated</source>
        <translation>✔ validée</translation>
    </message>
    <message>
        <source>queued, waiting for the address service</source>
        <translation>en attente du service d&apos;adresses</translation>
    </message>
    <message>
        <source>not validated: press Validate</source>
        <translation>non validée&#xa0;: cliquez sur Valider</translation>
    </message>
    <message>
        <source>✖ not confirmed by the address service</source>
        <translation>✖ non confirmée par le service d&apos;adresses</translation>
    </message>
    <message>
        <source>queued, waiting for the number service</source>
        <translation>en attente du service de numérotation</translation>
    </message>
    <message>
        <source>not reserved: press Reserve</source>
        <translation>non réservés&#xa0;: cliquez sur Réserver</translation>
    </message>
    <message>
        <source>1: %1</source>
        <translation>1&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 … %3</source>
        <translation>%1&#xa0;: %2 … %3</translation>
    </message>
    <message>
        <source>Additional services</source>
        <translation>Services complémentaires</translation>
    </message>
    <message>
        <source>✎ Edit the services of %1</source>
        <translation>✎ Modifier les services (%1)</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Renvoi d&apos;appels</translation>
    </message>
    <message>
        <source>on, to %1</source>
        <translation>activé, vers %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>CLIP screening (default)</source>
        <translation>CLIP avec contrôle (par défaut)</translation>
    </message>
    <message>
        <source>CLIP no screening</source>
        <translation>CLIP sans contrôle</translation>
    </message>
    <message>
        <source>presentation number %1</source>
        <translation>numéro de présentation %1</translation>
    </message>
    <message>
        <source>Caller ID (CLIP)</source>
        <translation>Présentation du numéro (CLIP)</translation>
    </message>
    <message>
        <source>Auto attendants</source>
        <translation>Standards automatiques</translation>
    </message>
    <message>
        <source>Call queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <source>✎ Edit contacts</source>
        <translation>✎ Modifier les contacts</translation>
    </message>
    <message>
        <source>Order contact</source>
        <translation>Contact commande</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Contact technique</translation>
    </message>
    <message>
        <source>Legal company address</source>
        <translation>Adresse légale de l&apos;entreprise</translation>
    </message>
    <message>
        <source>✔ confirmed by the customer</source>
        <translation>✔ confirmée par le client</translation>
    </message>
    <message>
        <source>not confirmed by the customer yet</source>
        <translation>pas encore confirmée par le client</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>No fees yet.</source>
        <translation>Aucun frais pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Totaux par devise</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Monthly fees are per month from activation; one-off fees are charged once. Currencies are not converted.</source>
        <translation>Les frais mensuels sont dus chaque mois à compter de l&apos;activation&#xa0;; les frais ponctuels sont facturés une seule fois. Les devises ne sont pas converties.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1: the presentation number is not valid: %2</source>
        <translation>%1&#xa0;: le numéro de présentation n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the presentation number is not stored in international form; retype it.</source>
        <translation>%1&#xa0;: le numéro de présentation n&apos;est pas enregistré au format international&#xa0;; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1: the call forwarding number is not valid: %2</source>
        <translation>%1&#xa0;: le numéro de renvoi d&apos;appels n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the call forwarding number is not stored in international form; retype it.</source>
        <translation>%1&#xa0;: le numéro de renvoi d&apos;appels n&apos;est pas enregistré au format international&#xa0;; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1: enter the %2.</source>
        <translation>%1&#xa0;: renseignez le champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>raison sociale</translation>
    </message>
    <message>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>Enter the e-mail address of %1.</source>
        <translation>%1&#xa0;: saisissez l&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>The e-mail address of %1 is not valid: check it (name@company.com).</source>
        <translation>%1&#xa0;: l&apos;adresse e-mail n&apos;est pas valide&#xa0;: vérifiez-la (nom@entreprise.com).</translation>
    </message>
    <message>
        <source>Enter the phone number of %1.</source>
        <translation>%1&#xa0;: saisissez le numéro de téléphone.</translation>
    </message>
    <message>
        <source>The phone number of %1 is not valid: %2</source>
        <translation>%1&#xa0;: le numéro de téléphone n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The phone number of %1 is not stored in international form; retype it.</source>
        <translation>%1&#xa0;: le numéro de téléphone n&apos;est pas enregistré au format international&#xa0;; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Enter the name of %1.</source>
        <translation>%1&#xa0;: saisissez le nom complet.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s OCN (customer number).</source>
        <translation>Saisissez l&apos;OCN (numéro client) du client.</translation>
    </message>
    <message>
        <source>The OCN has 4 to 12 digits and nothing else: check it.</source>
        <translation>L&apos;OCN comporte 4 à 12 chiffres et rien d&apos;autre&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>the customer account (the address on that OCN)</source>
        <translation>Compte client (l&apos;adresse de cet OCN)</translation>
    </message>
    <message>
        <source>The customer is not verified yet: the OCN and e-mail address are checked with the carrier before the order is sent.</source>
        <translation>Le client n&apos;est pas encore vérifié&#xa0;: l&apos;OCN et l&apos;adresse e-mail sont contrôlés auprès de l&apos;opérateur avant l&apos;envoi de la commande.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s online account id.</source>
        <translation>Saisissez l&apos;identifiant du compte en ligne du client.</translation>
    </message>
    <message>
        <source>The online account is not verified yet: it is checked with the carrier before the order is sent.</source>
        <translation>Le compte en ligne n&apos;est pas encore vérifié&#xa0;: il est contrôlé auprès de l&apos;opérateur avant l&apos;envoi de la commande.</translation>
    </message>
    <message>
        <source>Enter the prospect&apos;s company name.</source>
        <translation>Saisissez la raison sociale du prospect.</translation>
    </message>
    <message>
        <source>Legal address of the prospect</source>
        <translation>Adresse légale du prospect</translation>
    </message>
    <message>
        <source>the prospect&apos;s contact</source>
        <translation>Contact du prospect</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s Microsoft tenant ID (a GUID, from the Microsoft Entra admin center).</source>
        <translation>Saisissez l&apos;ID de locataire Microsoft du client (un GUID, issu du centre d&apos;administration Microsoft Entra).</translation>
    </message>
    <message>
        <source>The tenant ID is not a GUID: it looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx. Paste it again from the Microsoft Entra admin center.</source>
        <translation>L&apos;ID de locataire n&apos;est pas un GUID&#xa0;: il a la forme xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx. Collez-le à nouveau depuis le centre d&apos;administration Microsoft Entra.</translation>
    </message>
    <message>
        <source>The tenant ID is all zeros, a placeholder and no tenant: paste the real one from the Microsoft Entra admin center.</source>
        <translation>L&apos;ID de locataire ne contient que des zéros&#xa0;: c&apos;est une valeur fictive et non un locataire. Collez le véritable ID depuis le centre d&apos;administration Microsoft Entra.</translation>
    </message>
    <message>
        <source>Choose at least one country.</source>
        <translation>Choisissez au moins un pays.</translation>
    </message>
    <message>
        <source>%1 is not a country of the catalog: remove it.</source>
        <translation>%1 n&apos;est pas un pays du catalogue&#xa0;: retirez-le.</translation>
    </message>
    <message>
        <source>%1: the country is in the order twice; remove one.</source>
        <translation>%1&#xa0;: le pays figure deux fois dans la commande&#xa0;; retirez-en un.</translation>
    </message>
    <message>
        <source>Choose at least one voice plan for %1.</source>
        <translation>Choisissez au moins un forfait voix (%1).</translation>
    </message>
    <message>
        <source>The voice plan &quot;%1&quot; is not offered in %2: choose another.</source>
        <translation>Le forfait voix «&#xa0;%1&#xa0;» n&apos;est pas proposé dans ce pays (%2)&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%1 is chosen twice for %2: add the users to one line.</source>
        <translation>%1 est choisi deux fois (%2)&#xa0;: regroupez les utilisateurs sur une seule ligne.</translation>
    </message>
    <message>
        <source>%1 in %2: enter how many users (at least 1), or remove the plan.</source>
        <translation>%1 (%2)&#xa0;: indiquez le nombre d&apos;utilisateurs (au moins 1) ou retirez le forfait.</translation>
    </message>
    <message>
        <source>Choose the OCN (customer number) for %1.</source>
        <translation>Choisissez l&apos;OCN (numéro client) pour ce pays (%1).</translation>
    </message>
    <message>
        <source>Choose the BCN (billing account) for %1.</source>
        <translation>Choisissez le BCN (compte de facturation) pour ce pays (%1).</translation>
    </message>
    <message>
        <source>%1: choose how the numbers reach Teams today (Calling Plan, Direct Routing or another Operator Connect operator).</source>
        <translation>%1&#xa0;: indiquez comment les numéros sont raccordés à Teams aujourd&apos;hui (Calling Plan, Direct Routing ou un autre opérateur Operator Connect).</translation>
    </message>
    <message>
        <source>%1: enter the carrier the numbers come from.</source>
        <translation>%1&#xa0;: saisissez l&apos;opérateur cédant, d&apos;où proviennent les numéros.</translation>
    </message>
    <message>
        <source>%1: enter the account holder&apos;s name exactly as the current carrier knows it.</source>
        <translation>%1&#xa0;: saisissez le nom du titulaire du compte exactement tel que l&apos;opérateur actuel le connaît.</translation>
    </message>
    <message>
        <source>%1, account holder&apos;s address</source>
        <translation>%1, adresse du titulaire du compte</translation>
    </message>
    <message>
        <source>%1: enter the numbers to keep (single numbers or DDI ranges).</source>
        <translation>%1&#xa0;: saisissez les numéros à conserver (numéros individuels ou plages de SDA).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number or a range: correct or remove it.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est ni un numéro ni une plage&#xa0;: corrigez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2 is not stored in international form; correct or re-enter it.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas enregistré au format international&#xa0;; corrigez-le ou saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1: end of range %2: %3</source>
        <translation>%1&#xa0;: fin de la plage %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the end of range %2 is not stored in international form; correct or re-enter it.</source>
        <translation>%1&#xa0;: la fin de la plage %2 n&apos;est pas enregistrée au format international&#xa0;; corrigez-la ou saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>%1: the range %2 must run from the lower to the higher number, both of the same length.</source>
        <translation>%1&#xa0;: la plage %2 doit aller du plus petit au plus grand numéro, tous deux de même longueur.</translation>
    </message>
    <message>
        <source>%1: %2 overlaps entry %3 (%4): list each number once.</source>
        <translation>%1&#xa0;: %2 chevauche l&apos;entrée %3 (%4)&#xa0;: indiquez chaque numéro une seule fois.</translation>
    </message>
    <message>
        <source>%1: the area code %2 belongs to %3, not to %4 where the account holder is; %5</source>
        <translation>%1&#xa0;: l&apos;indicatif régional %2 correspond à %3, et non à %4 où se trouve le titulaire du compte&#xa0;; %5</translation>
    </message>
    <message>
        <source>numbers can only be kept at an address in their area.</source>
        <translation>les numéros ne peuvent être conservés qu&apos;à une adresse située dans leur zone.</translation>
    </message>
    <message>
        <source>the carrier may refuse the port.</source>
        <translation>l&apos;opérateur risque de refuser la portabilité.</translation>
    </message>
    <message>
        <source>%1: enter the main billing number of the account.</source>
        <translation>%1&#xa0;: saisissez le numéro principal de facturation du compte.</translation>
    </message>
    <message>
        <source>%1: the main billing number is not valid: %2</source>
        <translation>%1&#xa0;: le numéro principal de facturation n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the main billing number is not stored in international form; re-enter it.</source>
        <translation>%1&#xa0;: le numéro principal de facturation n&apos;est pas enregistré au format international&#xa0;; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1: choose the port date; the earliest possible is %2.</source>
        <translation>%1&#xa0;: choisissez la date de portabilité&#xa0;; la première date possible est le %2.</translation>
    </message>
    <message>
        <source>%1: the port date is too early: a port in %2 needs %3 working days, so the earliest is %4.</source>
        <translation>%1&#xa0;: la date de portabilité est trop proche&#xa0;: une portabilité (%2) requiert %3 jours ouvrés, la première date possible est donc le %4.</translation>
    </message>
    <message>
        <source>%1: numbers are ported on working days; %2 is a weekend or public holiday: choose a working day.</source>
        <translation>%1&#xa0;: la portabilité s&apos;effectue les jours ouvrés&#xa0;; le %2 est un week-end ou un jour férié&#xa0;: choisissez un jour ouvré.</translation>
    </message>
    <message>
        <source>%1: the porting form is valid for %2 months after it is signed, and %3 is later than that from today: choose an earlier date, or have the form signed closer to the port.</source>
        <translation>%1&#xa0;: le formulaire de portabilité est valable %2 mois après sa signature, et le %3 est au-delà de cette durée à compter d&apos;aujourd&apos;hui&#xa0;: choisissez une date plus proche, ou faites signer le formulaire plus près de la date de portabilité.</translation>
    </message>
    <message>
        <source>%1: the catalog has no public holidays of %2, so the port date was checked against weekends only: make sure %3 is a working day in %4, or update the catalog.</source>
        <translation>%1&#xa0;: le catalogue ne contient pas les jours fériés de %2, la date de portabilité n&apos;a donc été vérifiée que par rapport aux week-ends&#xa0;: assurez-vous que le %3 est un jour ouvré (%4), ou mettez à jour le catalogue.</translation>
    </message>
    <message>
        <source>%1: the %2 is not valid: check it.</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» n&apos;est pas valide&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>%1: the %2 is not valid: %3</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» n&apos;est pas valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: add an office to get new numbers, or keep existing numbers.</source>
        <translation>%1&#xa0;: ajoutez un site pour obtenir de nouveaux numéros, ou conservez les numéros existants.</translation>
    </message>
    <message>
        <source>%1: at most %2 offices per country; this order has %3. Remove %4.</source>
        <translation>%1&#xa0;: au plus %2 sites par pays&#xa0;; cette commande en compte %3. Supprimez-en %4.</translation>
    </message>
    <message>
        <source>%1 keeps its existing numbers; remove its offices for new numbers or turn porting off.</source>
        <translation>%1 conserve ses numéros existants&#xa0;; supprimez ses sites pour nouveaux numéros ou désactivez la portabilité.</translation>
    </message>
    <message>
        <source>%1, office %2</source>
        <translation>%1, site %2</translation>
    </message>
    <message>
        <source>%1: the address is in %2, but numbers of %3 need an address in %3.</source>
        <translation>%1&#xa0;: l&apos;adresse se situe dans un autre pays (%2), or les numéros de ce pays (%3) requièrent une adresse dans ce pays.</translation>
    </message>
    <message>
        <source>%1: the address service could not confirm this address: correct it and validate again.</source>
        <translation>%1&#xa0;: le service d&apos;adresses n&apos;a pas pu confirmer cette adresse&#xa0;: corrigez-la et validez-la à nouveau.</translation>
    </message>
    <message>
        <source>%1: the address is not validated yet: its validation waits for the address service, and the order cannot be sent until it is validated.</source>
        <translation>%1&#xa0;: l&apos;adresse n&apos;est pas encore validée&#xa0;: sa validation attend le service d&apos;adresses, et la commande ne peut pas être envoyée tant qu&apos;elle n&apos;est pas validée.</translation>
    </message>
    <message>
        <source>%1: the address is not validated: press Validate once it is complete.</source>
        <translation>%1&#xa0;: l&apos;adresse n&apos;est pas validée&#xa0;: cliquez sur Valider une fois qu&apos;elle est complète.</translation>
    </message>
    <message>
        <source>%1: the validated address has no id or geocode: validate it again.</source>
        <translation>%1&#xa0;: l&apos;adresse validée n&apos;a ni identifiant ni géocodage&#xa0;: validez-la à nouveau.</translation>
    </message>
    <message>
        <source>%1: reserve at least one number.</source>
        <translation>%1&#xa0;: réservez au moins un numéro.</translation>
    </message>
    <message>
        <source>%1: at most %2 numbers per office; add another office for more.</source>
        <translation>%1&#xa0;: au plus %2 numéros par site&#xa0;; ajoutez un autre site pour en obtenir davantage.</translation>
    </message>
    <message>
        <source>%1: the numbers for users cannot be negative.</source>
        <translation>%1&#xa0;: le nombre de numéros pour les utilisateurs ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1: the numbers for resource accounts cannot be negative.</source>
        <translation>%1&#xa0;: le nombre de numéros pour les comptes de ressource ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1: numbers for users (%2) and for resource accounts (%3) must add up to the office&apos;s %4 numbers.</source>
        <translation>%1&#xa0;: les numéros pour les utilisateurs (%2) et pour les comptes de ressource (%3) doivent totaliser les %4 numéros du site.</translation>
    </message>
    <message>
        <source>%1: choose an area code of %2; in %3 numbers must belong to the office&apos;s locality.</source>
        <translation>%1&#xa0;: choisissez un indicatif régional de %2&#xa0;; pour ce pays (%3), les numéros doivent correspondre à la localité du site.</translation>
    </message>
    <message>
        <source>the office&apos;s city</source>
        <translation>la ville du site</translation>
    </message>
    <message>
        <source>%1: %2 is not an area code of %3: choose an area code of %4.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un indicatif régional de ce pays (%3)&#xa0;: choisissez un indicatif régional de %4.</translation>
    </message>
    <message>
        <source>%1: the area code %2 belongs to %3, not to %4: choose an area code of %4.</source>
        <translation>%1&#xa0;: l&apos;indicatif régional %2 correspond à %3, et non à %4&#xa0;: choisissez un indicatif régional de %4.</translation>
    </message>
    <message>
        <source>%1: the area code %2 could not be confirmed for %3 offline; check that it belongs to the office&apos;s locality.</source>
        <translation>%1&#xa0;: l&apos;indicatif régional %2 n&apos;a pas pu être confirmé pour %3 hors ligne&#xa0;; vérifiez qu&apos;il correspond à la localité du site.</translation>
    </message>
    <message>
        <source>%1: numbers were reserved for an address that is not validated: validate the address and reserve again.</source>
        <translation>%1&#xa0;: des numéros ont été réservés pour une adresse non validée&#xa0;: validez l&apos;adresse et réservez à nouveau.</translation>
    </message>
    <message>
        <source>%1: the numbers are not reserved yet: the reservation waits for the number service, and the order cannot be sent until they are reserved.</source>
        <translation>%1&#xa0;: les numéros ne sont pas encore réservés&#xa0;: la réservation attend le service de numérotation, et la commande ne peut pas être envoyée tant qu&apos;ils ne sont pas réservés.</translation>
    </message>
    <message>
        <source>%1: the numbers are not reserved: press Reserve.</source>
        <translation>%1&#xa0;: les numéros ne sont pas réservés&#xa0;: cliquez sur Réserver.</translation>
    </message>
    <message>
        <source>%1: the numbers are not reserved: validate the address, then press Reserve.</source>
        <translation>%1&#xa0;: les numéros ne sont pas réservés&#xa0;: validez l&apos;adresse, puis cliquez sur Réserver.</translation>
    </message>
    <message>
        <source>%1: %2 numbers are reserved but the office needs %3: reserve again.</source>
        <translation>%1&#xa0;: %2 numéros sont réservés mais le site en requiert %3&#xa0;: réservez à nouveau.</translation>
    </message>
    <message>
        <source>%1: the reserved number %2 is not a number of %3: reserve again.</source>
        <translation>%1&#xa0;: le numéro réservé %2 n&apos;est pas un numéro de ce pays (%3)&#xa0;: réservez à nouveau.</translation>
    </message>
    <message>
        <source>%1: the reserved number %2 is not in the area code %3 chosen for the office: reserve again.</source>
        <translation>%1&#xa0;: le numéro réservé %2 n&apos;a pas l&apos;indicatif régional %3 choisi pour le site&#xa0;: réservez à nouveau.</translation>
    </message>
    <message>
        <source>%1: %2 numbers for users, but the voice plans cover %3 users: order more users or reserve fewer user numbers.</source>
        <translation>%1&#xa0;: %2 numéros pour les utilisateurs, mais les forfaits voix couvrent %3 utilisateurs&#xa0;: commandez davantage d&apos;utilisateurs ou réservez moins de numéros utilisateurs.</translation>
    </message>
    <message>
        <source>%1: %2 is not offered in %3; choose CLIP screening.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas proposé dans ce pays (%3)&#xa0;; choisissez CLIP avec contrôle.</translation>
    </message>
    <message>
        <source>CLIP no screening</source>
        <translation>CLIP sans contrôle</translation>
    </message>
    <message>
        <source>a presentation number</source>
        <translation>un numéro de présentation</translation>
    </message>
    <message>
        <source>%1: enter the presentation number, a number of %2 that the customer holds.</source>
        <translation>%1&#xa0;: saisissez le numéro de présentation, un numéro de ce pays (%2) dont le client est titulaire.</translation>
    </message>
    <message>
        <source>%1: enter the number calls are forwarded to, or turn call forwarding off.</source>
        <translation>%1&#xa0;: saisissez le numéro vers lequel les appels sont renvoyés, ou désactivez le renvoi d&apos;appels.</translation>
    </message>
    <message>
        <source>%1: the number of auto attendants cannot be negative.</source>
        <translation>%1&#xa0;: le nombre de standards automatiques ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1: the number of call queues cannot be negative.</source>
        <translation>%1&#xa0;: le nombre de files d&apos;attente ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1: %2 auto attendants and call queues need as many numbers for resource accounts; %3 are planned: plan more numbers for resource accounts, or fewer auto attendants and call queues.</source>
        <translation>%1&#xa0;: %2 standards automatiques et files d&apos;attente requièrent autant de numéros pour les comptes de ressource&#xa0;; %3 sont prévus&#xa0;: prévoyez plus de numéros pour les comptes de ressource, ou moins de standards automatiques et de files d&apos;attente.</translation>
    </message>
    <message>
        <source>the order contact</source>
        <translation>Contact commande</translation>
    </message>
    <message>
        <source>the technical contact</source>
        <translation>Contact technique</translation>
    </message>
    <message>
        <source>Legal company address</source>
        <translation>Adresse légale de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Confirm the legal company address with the customer.</source>
        <translation>Confirmez l&apos;adresse légale de l&apos;entreprise avec le client.</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs the contract.</source>
        <translation>Saisissez le nom de la personne qui signe le contrat.</translation>
    </message>
    <message>
        <source>the signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Enter the signatory&apos;s job title.</source>
        <translation>Saisissez la fonction du signataire.</translation>
    </message>
    <message>
        <source>Confirm that the signatory may sign for the company.</source>
        <translation>Confirmez que le signataire est habilité à signer pour l&apos;entreprise.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>1. Customer</source>
        <translation>1. Client</translation>
    </message>
    <message>
        <source>2. Voice plans</source>
        <translation>2. Forfaits voix</translation>
    </message>
    <message>
        <source>3. Keep existing numbers</source>
        <translation>3. Conservation des numéros</translation>
    </message>
    <message>
        <source>4. Offices and numbers</source>
        <translation>4. Sites et numéros</translation>
    </message>
    <message>
        <source>5. Contacts</source>
        <translation>5. Contacts</translation>
    </message>
    <message>
        <source>6. Recap</source>
        <translation>6. Récapitulatif</translation>
    </message>
    <message>
        <source>7. Submission</source>
        <translation>7. Soumission</translation>
    </message>
</context>
<context>
    <name>od::AddressForm</name>
    <message>
        <source>Co&amp;mpany name</source>
        <translation>Raison so&amp;ciale</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>R&amp;ue</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Suffi&amp;x</source>
        <translation>Comp&amp;lément</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>C&amp;ode postal</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>V&amp;ille</translation>
    </message>
    <message>
        <source>State / pro&amp;vince</source>
        <translation>État / pro&amp;vince</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Pa&amp;ys</translation>
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
        <translation>Les brouillons ne sont pas ouverts.</translation>
    </message>
</context>
<context>
    <name>od::CatalogText</name>
    <message>
        <source>Austria</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Teams Calling Essentials</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling Essentials</translation>
    </message>
    <message>
        <source>Pay as you go: a number and inbound calls for every user, outbound calls billed per minute. Suits users who mostly receive calls.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Paiement à l&apos;usage&#xa0;: un numéro et les appels entrants pour chaque utilisateur, appels sortants facturés à la minute. Convient aux utilisateurs qui reçoivent surtout des appels.</translation>
    </message>
    <message>
        <source>Unlimited inbound calls</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels entrants illimités</translation>
    </message>
    <message>
        <source>Outbound calls billed per minute</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels sortants facturés à la minute</translation>
    </message>
    <message>
        <source>A number in Austria for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numéro en Autriche pour chaque utilisateur</translation>
    </message>
    <message>
        <source>Teams Calling National</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling National</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Austria. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Autriche. Le forfait adapté à la plupart des utilisateurs de bureau.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Austria</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Autriche</translation>
    </message>
    <message>
        <source>Teams Calling Europe</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling Europe</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles across the EU/EEA, Switzerland and the United Kingdom. For teams that work across borders.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles dans l&apos;UE/EEE, en Suisse et au Royaume-Uni. Pour les équipes qui travaillent par-delà les frontières.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the EU/EEA, Switzerland and the UK</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles dans l&apos;UE/EEE, en Suisse et au Royaume-Uni</translation>
    </message>
    <message>
        <source>One order form per number; the address must lie in the number&apos;s area.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Un formulaire de commande par numéro&#xa0;; l&apos;adresse doit se situer dans la zone du numéro.</translation>
    </message>
    <message>
        <source>Belgium</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>A number in Belgium for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numéro en Belgique pour chaque utilisateur</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Belgium. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Belgique. Le forfait adapté à la plupart des utilisateurs de bureau.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Belgium</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Belgique</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>A number in Switzerland for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numéro en Suisse pour chaque utilisateur</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Switzerland. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Suisse. Le forfait adapté à la plupart des utilisateurs de bureau.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Switzerland</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Suisse</translation>
    </message>
    <message>
        <source>Teams Calling International</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling International</translation>
    </message>
    <message>
        <source>Everything in Europe plus 600 minutes a month to landlines in 50 countries outside Europe, pooled across the plan&apos;s users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Tout le contenu de Teams Calling Europe, plus 600 minutes par mois vers les fixes de 50 pays hors d&apos;Europe, mutualisées entre les utilisateurs du forfait.</translation>
    </message>
    <message>
        <source>Everything in Teams Calling Europe</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Tout le contenu de Teams Calling Europe</translation>
    </message>
    <message>
        <source>600 international minutes per user, pooled</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>600 minutes internationales par utilisateur, mutualisées</translation>
    </message>
    <message>
        <source>The losing carrier must confirm the port within 2 working days.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>L&apos;opérateur cédant doit confirmer la portabilité sous 2 jours ouvrés.</translation>
    </message>
    <message>
        <source>Germany</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>A number in Germany for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numéro en Allemagne pour chaque utilisateur</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Germany. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Allemagne. Le forfait adapté à la plupart des utilisateurs de bureau.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Germany</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Allemagne</translation>
    </message>
    <message>
        <source>Fill in one form per number or DDI range; the form needs the company stamp and a signature. The numbers must lie in the office&apos;s local area.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Remplissez un formulaire par numéro ou par plage de SDA&#xa0;; le formulaire requiert le cachet de l&apos;entreprise et une signature. Les numéros doivent appartenir à la zone locale du site.</translation>
    </message>
    <message>
        <source>Denmark</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>A number in Denmark for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numéro au Danemark pour chaque utilisateur</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Denmark. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles au Danemark. Le forfait adapté à la plupart des utilisateurs de bureau.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Denmark</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles au Danemark</translation>
    </message>
    <message>
        <source>Spain</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>A number in Spain for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numéro en Espagne pour chaque utilisateur</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Spain. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Espagne. Le forfait adapté à la plupart des utilisateurs de bureau.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Spain</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Espagne</translation>
    </message>
    <message>
        <source>NIF/CIF</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>NIF/CIF</translation>
    </message>
    <message>
        <source>The NIF, CIF or NIE of the holder of the numbers, exactly as the current operator has it, e.g. B12345674.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Le NIF, CIF ou NIE du titulaire des numéros, exactement tel que l&apos;opérateur actuel l&apos;a enregistré, p. ex. B12345674.</translation>
    </message>
    <message>
        <source>Line access type</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Type d&apos;accès de la ligne</translation>
    </message>
    <message>
        <source>How the numbers are connected today: RTB (analogue), RDSI-BA (ISDN basic), RDSI-PRI (ISDN primary) or VOIP.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Mode de raccordement actuel des numéros&#xa0;: RTB (analogique), RDSI-BA (RNIS accès de base), RDSI-PRI (RNIS accès primaire) ou VOIP.</translation>
    </message>
    <message>
        <source>Finland</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>A number in Finland for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numéro en Finlande pour chaque utilisateur</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Finland. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Finlande. Le forfait adapté à la plupart des utilisateurs de bureau.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Finland</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Finlande</translation>
    </message>
    <message>
        <source>France</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>France</translation>
    </message>
    <message>
        <source>A number in France for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numéro en France pour chaque utilisateur</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in France. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en France. Le forfait adapté à la plupart des utilisateurs de bureau.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in France</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en France</translation>
    </message>
    <message>
        <source>The form needs the company stamp and is valid for 3 months after signature.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Le formulaire requiert le cachet de l&apos;entreprise et est valable 3 mois après sa signature.</translation>
    </message>
    <message>
        <source>SIRET</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>The 14-digit SIRET of the establishment that holds the numbers (SIREN + NIC), without spaces.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Le SIRET à 14 chiffres de l&apos;établissement titulaire des numéros (SIREN + NIC), sans espaces.</translation>
    </message>
    <message>
        <source>RIO code</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Code RIO</translation>
    </message>
    <message>
        <source>The 12-character RIO (relevé d&apos;identité opérateur): call 3179 from the line to get it.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Le RIO (relevé d&apos;identité opérateur) à 12 caractères&#xa0;: appelez le 3179 depuis la ligne pour l&apos;obtenir.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>A number in the United Kingdom for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numéro au Royaume-Uni pour chaque utilisateur</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the United Kingdom. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles au Royaume-Uni. Le forfait adapté à la plupart des utilisateurs de bureau.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the United Kingdom</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles au Royaume-Uni</translation>
    </message>
    <message>
        <source>A port outside office hours costs £220. The lead time grows with the number of numbers and DDI ranges.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Une portabilité en dehors des heures ouvrées coûte 220&#xa0;£. Le délai augmente avec le nombre de numéros et de plages de SDA.</translation>
    </message>
    <message>
        <source>Site postcode</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Code postal du site</translation>
    </message>
    <message>
        <source>The postcode of the site where the numbers are used, e.g. SW1A 1AA.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Le code postal du site où les numéros sont utilisés, p. ex. SW1A 1AA.</translation>
    </message>
    <message>
        <source>Ireland</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>A number in Ireland for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numéro en Irlande pour chaque utilisateur</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Ireland. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Irlande. Le forfait adapté à la plupart des utilisateurs de bureau.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Ireland</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Irlande</translation>
    </message>
    <message>
        <source>Italy</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Italie</translation>
    </message>
    <message>
        <source>A number in Italy for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numéro en Italie pour chaque utilisateur</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Italy. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Italie. Le forfait adapté à la plupart des utilisateurs de bureau.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Italy</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Italie</translation>
    </message>
    <message>
        <source>The migration code comes from the current operator, usually printed on the invoice.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Le code de migration est fourni par l&apos;opérateur actuel, généralement imprimé sur la facture.</translation>
    </message>
    <message>
        <source>Migration code</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Code de migration</translation>
    </message>
    <message>
        <source>The codice di migrazione printed on the current operator&apos;s invoice (12 to 19 letters and digits).</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Le codice di migrazione imprimé sur la facture de l&apos;opérateur actuel (12 à 19 lettres et chiffres).</translation>
    </message>
    <message>
        <source>Representative&apos;s codice fiscale</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Codice fiscale du représentant légal</translation>
    </message>
    <message>
        <source>The 16-character codice fiscale of the company&apos;s legal representative, e.g. RSSMRA85T10A562S.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Le codice fiscale à 16 caractères du représentant légal de l&apos;entreprise, p. ex. RSSMRA85T10A562S.</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>The company&apos;s 11-digit VAT number (partita IVA), without the IT prefix.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Le numéro de TVA à 11 chiffres de l&apos;entreprise (partita IVA), sans le préfixe IT.</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>A number in the Netherlands for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numéro aux Pays-Bas pour chaque utilisateur</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the Netherlands. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles aux Pays-Bas. Le forfait adapté à la plupart des utilisateurs de bureau.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the Netherlands</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles aux Pays-Bas</translation>
    </message>
    <message>
        <source>The departing operator sets the first possible port date; the requested date is a wish.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>L&apos;opérateur cédant fixe la première date de portabilité possible&#xa0;; la date demandée n&apos;est qu&apos;un souhait.</translation>
    </message>
    <message>
        <source>Portugal</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>A number in Portugal for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numéro au Portugal pour chaque utilisateur</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Portugal. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles au Portugal. Le forfait adapté à la plupart des utilisateurs de bureau.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Portugal</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles au Portugal</translation>
    </message>
    <message>
        <source>Sweden</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Suède</translation>
    </message>
    <message>
        <source>A number in Sweden for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numéro en Suède pour chaque utilisateur</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Sweden. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Suède. Le forfait adapté à la plupart des utilisateurs de bureau.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Sweden</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Appels illimités vers les fixes et les mobiles en Suède</translation>
    </message>
    <message>
        <source>Subscriber ID</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>ID d&apos;abonné</translation>
    </message>
    <message>
        <source>The 12-digit subscriber ID from the current operator; pad with leading zeros to 12 digits.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>L&apos;ID d&apos;abonné à 12 chiffres fourni par l&apos;opérateur actuel&#xa0;; complétez-le par des zéros à gauche jusqu&apos;à 12 chiffres.</translation>
    </message>
    <message>
        <source>Austria</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>l&apos;Autriche</translation>
    </message>
    <message>
        <source>Belgium</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>la Belgique</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>la Suisse</translation>
    </message>
    <message>
        <source>Germany</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>l&apos;Allemagne</translation>
    </message>
    <message>
        <source>Denmark</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>le Danemark</translation>
    </message>
    <message>
        <source>Spain</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>l&apos;Espagne</translation>
    </message>
    <message>
        <source>Finland</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>la Finlande</translation>
    </message>
    <message>
        <source>France</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>la France</translation>
    </message>
    <message>
        <source>the United Kingdom</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>le Royaume-Uni</translation>
    </message>
    <message>
        <source>Ireland</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>l&apos;Irlande</translation>
    </message>
    <message>
        <source>Italy</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>l&apos;Italie</translation>
    </message>
    <message>
        <source>the Netherlands</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>les Pays-Bas</translation>
    </message>
    <message>
        <source>Portugal</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>le Portugal</translation>
    </message>
    <message>
        <source>Sweden</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>la Suède</translation>
    </message>
</context>
<context>
    <name>od::ContactsPage</name>
    <message>
        <source>Who the carrier talks to about the order, and the legal company address.</source>
        <translation>L&apos;interlocuteur de l&apos;opérateur pour cette commande, et l&apos;adresse légale de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Order contact</source>
        <translation>Contact commande</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Contact technique</translation>
    </message>
    <message>
        <source>Legal company address</source>
        <translation>Adresse légale de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The customer confirmed the le&amp;gal address</source>
        <translation>Le client a confirmé l&apos;adresse lé&amp;gale</translation>
    </message>
    <message>
        <source>The customer confirmed the legal address</source>
        <translation>Le client a confirmé l&apos;adresse légale</translation>
    </message>
    <message>
        <source>Read the address back to the customer and tick when they confirm it. Changing the address clears the tick.</source>
        <translation>Relisez l&apos;adresse au client et cochez la case quand il la confirme. Toute modification de l&apos;adresse décoche la case.</translation>
    </message>
    <message>
        <source>Same as or&amp;der contact</source>
        <translation>Identique au contact co&amp;mmande</translation>
    </message>
    <message>
        <source>Same as order contact</source>
        <translation>Identique au contact commande</translation>
    </message>
    <message>
        <source>Copies the order contact&apos;s name, e-mail, phone and job title into the technical contact</source>
        <translation>Copie le nom, l&apos;e-mail, le téléphone et la fonction du contact commande dans le contact technique</translation>
    </message>
    <message>
        <source>%1: full name</source>
        <translation>%1&#xa0;: nom complet</translation>
    </message>
    <message>
        <source>F&amp;ull name</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <source>Full n&amp;ame</source>
        <translation>Nom &amp;complet</translation>
    </message>
    <message>
        <source>%1: e-mail address</source>
        <translation>%1&#xa0;: adresse e-mail</translation>
    </message>
    <message>
        <source>E-mail add&amp;ress</source>
        <translation>Adresse e-mai&amp;l</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>A&amp;dresse e-mail</translation>
    </message>
    <message>
        <source>%1: phone number</source>
        <translation>%1&#xa0;: numéro de téléphone</translation>
    </message>
    <message>
        <source>National form of the order&apos;s first country, or international form with +</source>
        <translation>Format national du premier pays de la commande, ou format international avec +</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Ph&amp;one number</source>
        <translation>N&amp;uméro de téléphone</translation>
    </message>
    <message>
        <source>%1: job title</source>
        <translation>%1&#xa0;: fonction</translation>
    </message>
    <message>
        <source>Job tit&amp;le</source>
        <translation>F&amp;onction</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>Fonc&amp;tion</translation>
    </message>
</context>
<context>
    <name>od::CustomerPage</name>
    <message>
        <source>Who orders: the carrier&apos;s customer (OCN and the account e-mail), an online account, or a company that is not a customer yet; and the Microsoft tenant.</source>
        <translation>Qui commande&#xa0;: le client de l&apos;opérateur (OCN et e-mail du compte), un compte en ligne ou une entreprise qui n&apos;est pas encore cliente&#xa0;; et le locataire (tenant) Microsoft.</translation>
    </message>
    <message>
        <source>How is the customer identified?</source>
        <translation>Comment le client est-il identifié&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Existing customer (OCN and e-mail)</source>
        <translation>Client e&amp;xistant (OCN et e-mail)</translation>
    </message>
    <message>
        <source>Existing customer, identified by OCN and e-mail</source>
        <translation>Client existant, identifié par OCN et e-mail</translation>
    </message>
    <message>
        <source>On&amp;line account</source>
        <translation>Compte en &amp;ligne</translation>
    </message>
    <message>
        <source>Existing customer, identified by online account</source>
        <translation>Client existant, identifié par compte en ligne</translation>
    </message>
    <message>
        <source>Not yet a &amp;customer</source>
        <translation>Pas encore &amp;client</translation>
    </message>
    <message>
        <source>Not yet a customer: prospect order</source>
        <translation>Pas encore client&#xa0;: commande prospect</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Company n&amp;ame</source>
        <translation>&amp;Raison sociale</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 à 12 chiffres</translation>
    </message>
    <message>
        <source>&amp;OCN (customer number)</source>
        <translation>&amp;OCN (numéro client)</translation>
    </message>
    <message>
        <source>the e-mail address registered on that OCN</source>
        <translation>l&apos;adresse e-mail enregistrée pour cet OCN</translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation>E-mail du compte</translation>
    </message>
    <message>
        <source>The e-mail address registered on the OCN</source>
        <translation>L&apos;adresse e-mail enregistrée pour l&apos;OCN</translation>
    </message>
    <message>
        <source>Account e-&amp;mail</source>
        <translation>E-&amp;mail du compte</translation>
    </message>
    <message>
        <source>Online account id</source>
        <translation>Identifiant du compte en ligne</translation>
    </message>
    <message>
        <source>Online account &amp;id</source>
        <translation>&amp;Identifiant du compte en ligne</translation>
    </message>
    <message>
        <source>Legal address of the company</source>
        <translation>Adresse légale de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Contact at the company</source>
        <translation>Contact dans l&apos;entreprise</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Contact na&amp;me</source>
        <translation>Nom du co&amp;ntact</translation>
    </message>
    <message>
        <source>Contact e-mail address</source>
        <translation>Adresse e-mail du contact</translation>
    </message>
    <message>
        <source>Contact e-mail add&amp;ress</source>
        <translation>E-mail du con&amp;tact</translation>
    </message>
    <message>
        <source>Contact phone number</source>
        <translation>Numéro de téléphone du contact</translation>
    </message>
    <message>
        <source>National form of the address&apos;s country, or international form with +</source>
        <translation>Format national du pays de l&apos;adresse, ou format international avec +</translation>
    </message>
    <message>
        <source>Contact ph&amp;one</source>
        <translation>Télép&amp;hone du contact</translation>
    </message>
    <message>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</translation>
    </message>
    <message>
        <source>Microsoft tenant ID</source>
        <translation>ID de locataire Microsoft</translation>
    </message>
    <message>
        <source>A GUID from the Microsoft Entra admin center. Pasted links, braces, spaces and urn:uuid: are removed.</source>
        <translation>Un GUID issu du centre d&apos;administration Microsoft Entra. Les liens collés, accolades, espaces et «&#xa0;urn:uuid:&#xa0;» sont supprimés.</translation>
    </message>
    <message>
        <source>Paste it as it comes: a link, braces, spaces or &quot;urn:uuid:&quot; are removed and only the ID is kept.</source>
        <translation>Collez-le tel quel&#xa0;: lien, accolades, espaces ou «&#xa0;urn:uuid:&#xa0;» sont supprimés et seul l&apos;ID est conservé.</translation>
    </message>
    <message>
        <source>Microsoft tenant I&amp;D</source>
        <translation>I&amp;D de locataire Microsoft</translation>
    </message>
    <message>
        <source>required: the company&apos;s registered name</source>
        <translation>obligatoire&#xa0;: la raison sociale de l&apos;entreprise</translation>
    </message>
    <message>
        <source>as the customer writes it; names the order</source>
        <translation>tel que le client l&apos;écrit&#xa0;; donne son nom à la commande</translation>
    </message>
    <message>
        <source>Required for a new customer</source>
        <translation>Obligatoire pour un nouveau client</translation>
    </message>
    <message>
        <source>Optional; names the order everywhere</source>
        <translation>Facultatif&#xa0;; donne son nom à la commande partout</translation>
    </message>
    <message>
        <source>Account check: not needed. This is a prospect order; the carrier creates the customer account when it accepts the order.</source>
        <translation>Vérification du compte&#xa0;: inutile. Il s&apos;agit d&apos;une commande prospect&#xa0;; l&apos;opérateur crée le compte client lorsqu&apos;il accepte la commande.</translation>
    </message>
    <message>
        <source>Account check: ✔ verified by the carrier.</source>
        <translation>Vérification du compte&#xa0;: ✔ vérifié par l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Account check: ℹ not verified yet. The OCN and the account e-mail are checked with the carrier&apos;s account service before the order is sent; you can go on.</source>
        <translation>Vérification du compte&#xa0;: ℹ pas encore vérifié. L&apos;OCN et l&apos;e-mail du compte sont contrôlés auprès du service des comptes de l&apos;opérateur avant l&apos;envoi de la commande&#xa0;; vous pouvez continuer.</translation>
    </message>
    <message>
        <source>Account check: ℹ not verified yet. The online account is checked with the carrier&apos;s account service before the order is sent; you can go on.</source>
        <translation>Vérification du compte&#xa0;: ℹ pas encore vérifié. Le compte en ligne est contrôlé auprès du service des comptes de l&apos;opérateur avant l&apos;envoi de la commande&#xa0;; vous pouvez continuer.</translation>
    </message>
    <message>
        <source>✔ Cleaned: only the tenant ID was kept from what was pasted.</source>
        <translation>✔ Nettoyé&#xa0;: seul l&apos;ID de locataire a été conservé du texte collé.</translation>
    </message>
    <message>
        <source>Check the account</source>
        <translation>Vérifier le compte</translation>
    </message>
    <message>
        <source>Check the account with the carrier</source>
        <translation>Vérifier le compte auprès de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Asks the carrier&apos;s account service whether the e-mail address belongs to the OCN</source>
        <translation>Demande au service des comptes de l&apos;opérateur si l&apos;adresse e-mail appartient à l&apos;OCN</translation>
    </message>
    <message>
        <source>Account check: %1</source>
        <translation>Vérification du compte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>od::DocumentCommands</name>
    <message>
        <source>The product catalog cannot be used:
%1</source>
        <translation>Le catalogue produits est inutilisable&#xa0;:
%1</translation>
    </message>
    <message>
        <source>%1: the order has no country, so there is nothing to put in a document. Choose a country and its voice plans first.</source>
        <translation>%1&#xa0;: la commande n&apos;a aucun pays, il n&apos;y a donc rien à mettre dans un document. Choisissez d&apos;abord un pays et ses forfaits voix.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the draft&apos;s file, exported from Order Desk.</source>
        <translation>%1 est un dossier&#xa0;; indiquez le fichier du brouillon, exporté d&apos;Order Desk.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at character %3.</source>
        <translation>%1 n&apos;est pas du JSON&#xa0;: %2 au caractère %3.</translation>
    </message>
    <message>
        <source>%1 is not an order: it holds JSON, but not an object.</source>
        <translation>%1 n&apos;est pas une commande&#xa0;: il contient du JSON, mais pas un objet.</translation>
    </message>
    <message>
        <source>%1 is not an order Order Desk can read: %2</source>
        <translation>%1 n&apos;est pas une commande lisible par Order Desk&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the PDF to write.</source>
        <translation>%1 est un dossier&#xa0;; indiquez le nom du PDF à écrire.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no country keeps its numbers, so the order needs no porting form.</source>
        <translation>%1&#xa0;: aucun pays ne conserve ses numéros, la commande ne requiert donc aucun formulaire de portabilité.</translation>
    </message>
    <message>
        <source>%1 is a file; porting-forms writes into a folder.</source>
        <translation>%1 est un fichier&#xa0;; porting-forms écrit dans un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>od::DraftBrowser</name>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>List title</source>
        <translation>Titre de la liste</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Rechercher dans les brouillons</translation>
    </message>
    <message>
        <source>Search customer, OCN or e-mail (Ctrl+F)</source>
        <translation>Rechercher un client, un OCN ou un e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Texte de la notification</translation>
    </message>
    <message>
        <source>Notice action</source>
        <translation>Action de la notification</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Fermer la notification</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Nouvelle commande</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Ouvrir le brouillon sélectionné</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected draft</source>
        <translation>Dupliquer le brouillon sélectionné</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move the selected draft to the trash</source>
        <translation>Placer le brouillon sélectionné dans la corbeille</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore the selected draft from the trash</source>
        <translation>Restaurer le brouillon sélectionné depuis la corbeille</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>Ré&amp;visions…</translation>
    </message>
    <message>
        <source>Earlier versions of the selected draft</source>
        <translation>Versions antérieures du brouillon sélectionné</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the selected draft as a file</source>
        <translation>Exporter le brouillon sélectionné dans un fichier</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a draft from a file</source>
        <translation>Importer un brouillon depuis un fichier</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Corbeille</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Afficher la corbeille</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Draft list</source>
        <translation>Liste des brouillons</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Aucun brouillon</translation>
    </message>
    <message>
        <source>Number of drafts</source>
        <translation>Nombre de brouillons</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>Le brouillon</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>Le brouillon de la commande %1</translation>
    </message>
    <message>
        <source>%1 (order %2)</source>
        <translation>Le brouillon %1 (commande %2)</translation>
    </message>
    <message>
        <source>Copied %1 as a new draft, %2. Reserved numbers stay with the original order.</source>
        <translation>%1 a été copié dans un nouveau brouillon, %2. Les numéros réservés restent attachés à la commande d&apos;origine.</translation>
    </message>
    <message>
        <source>Moved %1 to the trash. It is kept there for %2 days.</source>
        <translation>%1 a été placé dans la corbeille. Il y est conservé %2 jours.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Restored %1 to the drafts.</source>
        <translation>%1 a été restauré dans les brouillons.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Back to dr&amp;afts</source>
        <translation>Retour aux &amp;brouillons</translation>
    </message>
    <message>
        <source>Back to the drafts</source>
        <translation>Retour aux brouillons</translation>
    </message>
    <message>
        <source>The drafts cannot be listed: %1</source>
        <translation>Impossible d&apos;afficher la liste des brouillons&#xa0;: %1</translation>
    </message>
    <message>
        <source>No draft matches “%1”.</source>
        <translation>Aucun brouillon ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted drafts stay here for %1 days.</source>
        <translation>La corbeille est vide. Les brouillons supprimés y restent %1 jours.</translation>
    </message>
    <message>
        <source>No drafts yet. Press Ctrl+N to start an order: it is saved as you type.</source>
        <translation>Aucun brouillon pour l&apos;instant. Appuyez sur Ctrl+N pour commencer une commande&#xa0;: elle est enregistrée au fil de la saisie.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) in the trash</source>
        <translation>
            <numerusform>%n brouillon dans la corbeille</numerusform>
            <numerusform>%n brouillons dans la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n brouillon</numerusform>
            <numerusform>%n brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n draft(s)</source>
        <translation>
            <numerusform>%1 sur %n brouillon</numerusform>
            <numerusform>%1 sur %n brouillons</numerusform>
        </translation>
    </message>
    <message>
        <source>Export draft</source>
        <translation>Exporter le brouillon</translation>
    </message>
    <message>
        <source>Order Desk orders (*.json)</source>
        <translation>Commandes Order Desk (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 a été exporté vers %2.</translation>
    </message>
    <message>
        <source>Import draft</source>
        <translation>Importer un brouillon</translation>
    </message>
    <message>
        <source>Order Desk orders (*.json);;All files (*)</source>
        <translation>Commandes Order Desk (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation>%1 n&apos;a pas été importé. %2</translation>
    </message>
    <message>
        <source>It cannot be read: %1</source>
        <translation>Il est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>It is too large to be an order (%1 MB).</source>
        <translation>Il est trop volumineux pour être une commande (%1 Mo).</translation>
    </message>
    <message>
        <source>Imported %1 as a new draft with order reference %2, because a draft of that order is already here.</source>
        <translation>%1 a été importé comme nouveau brouillon avec la référence de commande %2, car un brouillon de cette commande existe déjà.</translation>
    </message>
    <message>
        <source>Imported %1 as order %2.</source>
        <translation>%1 a été importé comme commande %2.</translation>
    </message>
    <message>
        <source>%1 is queued in the outbox, as it was submitted. To go back to an earlier version, open it and withdraw it from the outbox first.</source>
        <translation>%1 est en attente dans la boîte d&apos;envoi, tel qu&apos;il a été soumis. Pour revenir à une version antérieure, ouvrez-le et retirez-le d&apos;abord de la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Restored revision %1 of %2. The version it replaced is kept as a revision.</source>
        <translation>Révision %1 restaurée (%2). La version remplacée est conservée comme révision.</translation>
    </message>
    <message>
        <source>%1 is queued in the outbox, as it was submitted, and is not moved to the trash. To delete it, open it and withdraw it from the outbox first.</source>
        <translation>%1 est en attente dans la boîte d&apos;envoi, tel qu&apos;il a été soumis, et n&apos;est pas placé dans la corbeille. Pour le supprimer, ouvrez-le et retirez-le d&apos;abord de la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>od::DraftListModel</name>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>OCN %1</source>
        <translation>OCN %1</translation>
    </message>
    <message>
        <source>In the trash since %1</source>
        <translation>Dans la corbeille depuis le %1</translation>
    </message>
    <message>
        <source>(no customer yet)</source>
        <translation>(pas encore de client)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>the customer declined to sign</source>
        <translation>le client a refusé de signer</translation>
    </message>
    <message>
        <source>the signature request was withdrawn</source>
        <translation>la demande de signature a été retirée</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signée</translation>
    </message>
    <message>
        <source>waiting for the signature</source>
        <translation>en attente de signature</translation>
    </message>
    <message>
        <source>expected to be handled on %1</source>
        <translation>traitement prévu le %1</translation>
    </message>
    <message>
        <source>⚠ %1 · needs your attention</source>
        <translation>⚠ %1 · requiert votre attention</translation>
    </message>
</context>
<context>
    <name>od::DraftStore</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>En attente de signature</translation>
    </message>
    <message>
        <source>Porting paperwork</source>
        <translation>Dossier de portabilité</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Voice plans</source>
        <translation>Forfaits voix</translation>
    </message>
    <message>
        <source>Keep numbers</source>
        <translation>Conservation des numéros</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>Nouveaux numéros</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Soumission</translation>
    </message>
    <message>
        <source>The draft file was missing.</source>
        <translation>Le fichier des brouillons était absent.</translation>
    </message>
    <message>
        <source>The draft file was damaged (%1). It was kept as %2.</source>
        <translation>Le fichier des brouillons était endommagé (%1). Il a été conservé sous %2.</translation>
    </message>
    <message>
        <source>No usable backup was found, so the list of drafts starts empty. Ask support to look at the kept file.</source>
        <translation>Aucune sauvegarde exploitable n&apos;a été trouvée&#xa0;: la liste des brouillons repart à vide. Demandez au support d&apos;examiner le fichier conservé.</translation>
    </message>
    <message>
        <source>The drafts were restored from the backup of %1.</source>
        <translation>Les brouillons ont été restaurés à partir de la sauvegarde du %1.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>no customer yet</source>
        <translation>pas encore de client</translation>
    </message>
    <message>
        <source>No draft had changed since that backup.</source>
        <translation>Aucun brouillon n&apos;a changé depuis cette sauvegarde.</translation>
    </message>
    <message>
        <source>These drafts changed after it and are now older: %1.</source>
        <translation>Ces brouillons ont été modifiés après celle-ci et sont maintenant dans un état antérieur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>These drafts were started after it and could not be restored: %1.</source>
        <translation>Ces brouillons ont été créés après celle-ci et n&apos;ont pas pu être restaurés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Changes made after %1 are missing. Check these drafts: %2.</source>
        <translation>Les modifications postérieures au %1 manquent. Vérifiez ces brouillons&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>The drafts in %1 are open in another Order Desk window (process %2 on %3). Close it there, then try again.</source>
        <translation>Les brouillons de %1 sont ouverts dans une autre fenêtre Order Desk (processus %2 sur %3). Fermez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>The drafts in %1 are open in another Order Desk window. Close it there, then try again.</source>
        <translation>Les brouillons de %1 sont ouverts dans une autre fenêtre Order Desk. Fermez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used: the lock file cannot be written.</source>
        <translation>Le dossier de données %1 est inutilisable&#xa0;: impossible d&apos;écrire le fichier de verrou.</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be created: %2</source>
        <translation>Impossible de créer le fichier des brouillons %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be created.</source>
        <translation>Impossible de créer le fichier des brouillons %1.</translation>
    </message>
    <message>
        <source>The draft file %1 is damaged and cannot be moved aside. Nothing was changed; ask support for help.</source>
        <translation>Le fichier des brouillons %1 est endommagé et ne peut pas être mis de côté. Rien n&apos;a été modifié&#xa0;; demandez de l&apos;aide au support.</translation>
    </message>
    <message>
        <source>The drafts in %1 were saved by a newer version of Order Desk (%2, store version %3; this version reads up to %4). Nothing was changed. Use the newer version to open them.</source>
        <translation>Les brouillons de %1 ont été enregistrés par une version plus récente d&apos;Order Desk (%2, version de stockage %3&#xa0;; cette version lit jusqu&apos;à la %4). Rien n&apos;a été modifié. Utilisez la version plus récente pour les ouvrir.</translation>
    </message>
    <message>
        <source>%1 is a database, but not Order Desk&apos;s drafts. Nothing was changed. Choose another data folder with --data-dir.</source>
        <translation>%1 est une base de données, mais pas celle des brouillons d&apos;Order Desk. Rien n&apos;a été modifié. Choisissez un autre dossier de données avec --data-dir.</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier des brouillons %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be used: %2</source>
        <translation>Le fichier des brouillons %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be updated to this version: %2</source>
        <translation>Impossible de mettre à jour le fichier des brouillons %1 pour cette version&#xa0;: %2</translation>
    </message>
    <message>
        <source>The drafts are not open.</source>
        <translation>Les brouillons ne sont pas ouverts.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <translation>Le brouillon n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The order %1 cannot be saved over the draft of order %2.</source>
        <translation>Impossible d&apos;enregistrer la commande %1 à la place du brouillon de la commande %2.</translation>
    </message>
    <message>
        <source>The draft could not be created: %1</source>
        <translation>Impossible de créer le brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>The draft could not be created: the order has no reference.</source>
        <translation>Impossible de créer le brouillon&#xa0;: la commande n&apos;a pas de référence.</translation>
    </message>
    <message>
        <source>A draft of order %1 already exists.</source>
        <translation>Un brouillon de la commande %1 existe déjà.</translation>
    </message>
    <message>
        <source>The draft of order %1 cannot be read: %2</source>
        <translation>Impossible de lire le brouillon de la commande %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>The draft could not be moved to the trash: %1</source>
        <translation>Impossible de placer le brouillon dans la corbeille&#xa0;: %1</translation>
    </message>
    <message>
        <source>The draft could not be restored: %1</source>
        <translation>Impossible de restaurer le brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revision %1 of this draft no longer exists.</source>
        <translation>La révision %1 de ce brouillon n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Revision %1 cannot be read: %2</source>
        <translation>Impossible de lire la révision %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is not an order Order Desk can read: %1</source>
        <translation>Ce fichier n&apos;est pas une commande lisible par Order Desk&#xa0;: %1</translation>
    </message>
    <message>
        <source>The outbox could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>The document could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le document&#xa0;: %1</translation>
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
        <translation>Zone principale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Not saved yet: %1 Retrying…</source>
        <translation>Pas encore enregistré&#xa0;: %1 Nouvelle tentative…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Drafts are kept in %1</source>
        <translation>Les brouillons sont conservés dans %1</translation>
    </message>
    <message>
        <source>The drafts cannot be opened</source>
        <translation>Impossible d&apos;ouvrir les brouillons</translation>
    </message>
    <message>
        <source>Why the drafts cannot be opened</source>
        <translation>Pourquoi les brouillons ne peuvent pas être ouverts</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Try to open the drafts again</source>
        <translation>Réessayer d&apos;ouvrir les brouillons</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Order Desk</source>
        <translation>Quitter Order Desk</translation>
    </message>
    <message>
        <source>The draft cannot be opened yet: the changes to the previous one are not saved. %1</source>
        <translation>Impossible d&apos;ouvrir ce brouillon pour l&apos;instant&#xa0;: les modifications du précédent ne sont pas enregistrées. %1</translation>
    </message>
    <message>
        <source>Order %1 is queued in the outbox: it is shown as it was submitted.</source>
        <translation>La commande %1 est en attente dans la boîte d&apos;envoi&#xa0;: elle est affichée telle qu&apos;elle a été soumise.</translation>
    </message>
    <message>
        <source>Order %1: every change is saved as you type.</source>
        <translation>Commande %1&#xa0;: chaque modification est enregistrée au fil de la saisie.</translation>
    </message>
    <message>
        <source>%1 Your changes are kept here; try again in a moment.</source>
        <translation>%1 Vos modifications sont conservées ici&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>La commande %1</translation>
    </message>
    <message>
        <source>Order %1 for %2</source>
        <translation>La commande %1 pour %2</translation>
    </message>
    <message>
        <source>%1 is queued in the outbox. It will be sent to the carrier when the carrier&apos;s ordering service is reachable; nothing else is needed now. Until then you can open it to read it, or withdraw it to change it.</source>
        <translation>%1 est en attente dans la boîte d&apos;envoi. Elle sera envoyée à l&apos;opérateur dès que son service de commande sera joignable&#xa0;; vous n&apos;avez rien d&apos;autre à faire. D&apos;ici là, vous pouvez l&apos;ouvrir pour la consulter, ou la retirer pour la modifier.</translation>
    </message>
    <message>
        <source>Withdraw from the outbox</source>
        <translation>Retirer de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Withdraw order %1 from the outbox to edit it?</source>
        <translation>Retirer la commande %1 de la boîte d&apos;envoi pour la modifier&#xa0;?</translation>
    </message>
    <message>
        <source>It goes back to the drafts with everything kept, and is not sent until you submit it again.</source>
        <translation>Elle revient dans les brouillons avec toutes ses données, et n&apos;est pas envoyée tant que vous ne l&apos;avez pas soumise à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Withdraw and edit</source>
        <translation>Retirer et &amp;modifier</translation>
    </message>
    <message>
        <source>&amp;Keep it queued</source>
        <translation>&amp;Laisser en attente</translation>
    </message>
    <message>
        <source>The order stays in the outbox: %1</source>
        <translation>La commande reste dans la boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Order %1 is a draft again: change what you need, then submit it again.</source>
        <translation>La commande %1 est redevenue un brouillon&#xa0;: modifiez ce qui doit l&apos;être, puis soumettez-la à nouveau.</translation>
    </message>
    <message>
        <source>The draft stays open because it could not be saved: %1 Your changes are kept here and saving is retried.</source>
        <translation>Le brouillon reste ouvert car il n&apos;a pas pu être enregistré&#xa0;: %1 Vos modifications sont conservées ici et l&apos;enregistrement est retenté.</translation>
    </message>
    <message>
        <source>The latest changes to this draft could not be saved: %1</source>
        <translation>Les dernières modifications de ce brouillon n&apos;ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>If you quit now, they are lost. Keep Order Desk open and it keeps trying to save them.</source>
        <translation>Si vous quittez maintenant, elles seront perdues. Laissez Order Desk ouvert&#xa0;: il continue d&apos;essayer de les enregistrer.</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Laisser ouvert</translation>
    </message>
    <message>
        <source>&amp;Quit and lose them</source>
        <translation>&amp;Quitter et les perdre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Order Desk</source>
        <translation>À &amp;propos d&apos;Order Desk</translation>
    </message>
    <message>
        <source>About Order Desk</source>
        <translation>À propos d&apos;Order Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Order Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Microsoft Teams Operator Connect orders for business customers.&lt;/p&gt;&lt;p&gt;Catalog: %2%3&lt;/p&gt;&lt;p&gt;Drafts: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Order Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Commandes Microsoft Teams Operator Connect pour les clients professionnels.&lt;/p&gt;&lt;p&gt;Catalogue&#xa0;: %2%3&lt;/p&gt;&lt;p&gt;Brouillons&#xa0;: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (sample data)</source>
        <translation> (données d&apos;exemple)</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Sends what waits in the outbox now, instead of at the next planned attempt</source>
        <translation>Envoie dès maintenant le contenu de la boîte d&apos;envoi, sans attendre la prochaine tentative prévue</translation>
    </message>
    <message>
        <source>Signed in to the carrier&apos;s services.</source>
        <translation>Connecté aux services de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>○ Not connected to the carrier</source>
        <translation>○ Non connecté à l&apos;opérateur</translation>
    </message>
    <message>
        <source>No carrier services are set up: submitted orders wait in the outbox. Start Order Desk with --upstream, or set the services&apos; addresses in the settings (see the README).</source>
        <translation>Aucun service de l&apos;opérateur n&apos;est configuré&#xa0;: les commandes soumises restent dans la boîte d&apos;envoi. Lancez Order Desk avec --upstream, ou indiquez les adresses des services dans les paramètres (voir le README).</translation>
    </message>
    <message numerus="yes">
        <source>, %n queued</source>
        <translation>
            <numerusform>, %n en attente</numerusform>
            <numerusform>, %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <source>The carrier&apos;s services are reachable.</source>
        <translation>Les services de l&apos;opérateur sont joignables.</translation>
    </message>
    <message>
        <source>⇅ Sending</source>
        <translation>⇅ Envoi en cours</translation>
    </message>
    <message>
        <source>Sending to the carrier.</source>
        <translation>Envoi à l&apos;opérateur en cours.</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Hors ligne</translation>
    </message>
    <message>
        <source>The carrier&apos;s services cannot be reached. Orders wait in the outbox and are sent when they can be; nothing is lost.</source>
        <translation>Les services de l&apos;opérateur sont injoignables. Les commandes attendent dans la boîte d&apos;envoi et sont envoyées dès que possible&#xa0;; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>⚠ Problem</source>
        <translation>⚠ Problème</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Prochaine tentative à %1.</translation>
    </message>
    <message>
        <source>Connection to the carrier: %1</source>
        <translation>Connexion à l&apos;opérateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept in the order: it is sent when the carrier&apos;s services are set up.</source>
        <translation>Conservé dans la commande&#xa0;: envoyé dès que les services de l&apos;opérateur seront configurés.</translation>
    </message>
    <message>
        <source>Checking with the carrier&apos;s account service…</source>
        <translation>Vérification auprès du service des comptes de l&apos;opérateur…</translation>
    </message>
    <message>
        <source>Queued: checked when the carrier&apos;s account service is reachable.</source>
        <translation>En attente&#xa0;: vérifié dès que le service des comptes de l&apos;opérateur sera joignable.</translation>
    </message>
    <message>
        <source>ℹ This order is being sent to the carrier: it can no longer be withdrawn. Its state is shown here and in the drafts as the carrier answers.</source>
        <translation>ℹ Cette commande est en cours d&apos;envoi à l&apos;opérateur&#xa0;: elle ne peut plus être retirée. Son état s&apos;affiche ici et dans les brouillons au fil des réponses de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>ℹ At the carrier: %1. The order is shown as it was submitted; it can no longer be changed here.</source>
        <translation>ℹ Chez l&apos;opérateur&#xa0;: %1. La commande est affichée telle qu&apos;elle a été soumise&#xa0;; elle ne peut plus être modifiée ici.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Order %1 came back from the carrier: %2</source>
        <translation>La commande %1 a été renvoyée par l&apos;opérateur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Order %1 is at the carrier: it is shown as it was submitted.</source>
        <translation>La commande %1 est chez l&apos;opérateur&#xa0;: elle est affichée telle qu&apos;elle a été soumise.</translation>
    </message>
    <message>
        <source>Order %1 has already gone to the carrier: it can no longer be withdrawn.</source>
        <translation>La commande %1 est déjà partie chez l&apos;opérateur&#xa0;: elle ne peut plus être retirée.</translation>
    </message>
    <message>
        <source>&amp;Retry sending now</source>
        <translation>Réessayer l&apos;&amp;envoi maintenant</translation>
    </message>
    <message>
        <source>Sign &amp;in to the carrier&apos;s services</source>
        <translation>Se &amp;connecter aux services de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Signing in to the carrier&apos;s services…</source>
        <translation>Connexion aux services de l&apos;opérateur…</translation>
    </message>
    <message>
        <source>Sign &amp;out of the carrier&apos;s services</source>
        <translation>Se &amp;déconnecter des services de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Signed out. Order Desk asks you to sign in again before it sends anything to the carrier.</source>
        <translation>Déconnecté. Order Desk vous demandera de vous reconnecter avant d&apos;envoyer quoi que ce soit à l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>Automatique (langue du système)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Order Desk was started with --language %1, which comes before this setting. %2 is used when Order Desk starts without that option.</source>
        <translation>Order Desk a été lancé avec --language %1, qui prime sur ce paramètre. La langue choisie (%2) s&apos;applique lorsque Order Desk démarre sans cette option.</translation>
    </message>
    <message>
        <source>Order Desk follows the system language (%1) from its next start.</source>
        <translation>À partir de son prochain démarrage, Order Desk suivra la langue du système (%1).</translation>
    </message>
    <message>
        <source>Order Desk is shown in %1 from its next start.</source>
        <translation>À partir de son prochain démarrage, Order Desk s&apos;affichera dans la langue choisie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Restart now? Everything is saved, and this draft opens again on the same step.</source>
        <translation>Redémarrer maintenant&#xa0;? Tout est enregistré, et ce brouillon se rouvrira à la même étape.</translation>
    </message>
    <message>
        <source>Restart now? Everything is saved.</source>
        <translation>Redémarrer maintenant&#xa0;? Tout est enregistré.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>od::NumberListEditor</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation>✔ OK</translation>
    </message>
    <message>
        <source>Imp&amp;ort CSV file…</source>
        <translation>Imp&amp;orter un fichier CSV…</translation>
    </message>
    <message>
        <source>Numbers to keep, one number or range per line</source>
        <translation>Numéros à conserver, un numéro ou une plage par ligne</translation>
    </message>
    <message>
        <source>Type or paste single numbers and DDI ranges, one per line, e.g. &quot;069 1234-5600 to -5699&quot;. Each line is checked in the table beside it.</source>
        <translation>Saisissez ou collez des numéros individuels et des plages de SDA, un par ligne, par exemple «&#xa0;069 1234-5600 à -5699&#xa0;». Chaque ligne est vérifiée dans le tableau à côté.</translation>
    </message>
    <message>
        <source>One per line, e.g.
069 1234-5600 to -5699
+44 (0)20 7946 0000
0612345678</source>
        <translation>Un par ligne, par exemple
069 1234-5600 à -5699
+44 (0)20 7946 0000
0612345678</translation>
    </message>
    <message>
        <source>Numbers as understood</source>
        <translation>Numéros interprétés</translation>
    </message>
    <message>
        <source>Import numbers from a CSV file</source>
        <translation>Importer des numéros depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Numbers: %1 · entries: %2</source>
        <translation>Numéros&#xa0;: %1 · entrées&#xa0;: %2</translation>
    </message>
    <message>
        <source>· ✖ not understood: %1 — line %2: %3</source>
        <translation>· ✖ non compris&#xa0;: %1 — ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: lines taken: %2</source>
        <translation>%1&#xa0;: lignes reprises&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pasted: lines taken: %1</source>
        <translation>Collé&#xa0;: lignes reprises&#xa0;: %1</translation>
    </message>
    <message>
        <source> from column %1 of %2.</source>
        <translation> depuis la colonne %1 de %2.</translation>
    </message>
    <message>
        <source> from column &quot;%1&quot; (%2 of %3).</source>
        <translation> depuis la colonne «&#xa0;%1&#xa0;» (%2 sur %3).</translation>
    </message>
    <message>
        <source>✖ Lines not understood: %1; see Status in the table and correct them.</source>
        <translation>✖ Lignes non comprises&#xa0;: %1&#xa0;; consultez la colonne Statut du tableau et corrigez-les.</translation>
    </message>
    <message>
        <source>✖ %1 could not be read: %2</source>
        <translation>✖ Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import numbers</source>
        <translation>Importer des numéros</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV et texte (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
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
        <translation>Site %1</translation>
    </message>
    <message>
        <source>Vali&amp;date address</source>
        <translation>Vali&amp;der l&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;Area code</source>
        <translation>&amp;Indicatif régional</translation>
    </message>
    <message>
        <source>&amp;Area code (optional)</source>
        <translation>&amp;Indicatif régional (facultatif)</translation>
    </message>
    <message>
        <source>In %1 the area code must belong to the office&apos;s city; the list offers the area codes of the city typed above.</source>
        <translation>Dans ce pays (%1), l&apos;indicatif régional doit correspondre à la ville du site&#xa0;; la liste propose les indicatifs de la ville saisie ci-dessus.</translation>
    </message>
    <message>
        <source>Optional: the area code the new numbers should have.</source>
        <translation>Facultatif&#xa0;: l&apos;indicatif régional souhaité pour les nouveaux numéros.</translation>
    </message>
    <message>
        <source>Ne&amp;w numbers</source>
        <translation>Nou&amp;veaux numéros</translation>
    </message>
    <message>
        <source>How many new numbers this office gets, 1 to %1.</source>
        <translation>Nombre de nouveaux numéros pour ce site, de 1 à %1.</translation>
    </message>
    <message>
        <source>for us&amp;ers</source>
        <translation>pour les utilisa&amp;teurs</translation>
    </message>
    <message>
        <source>Of the office&apos;s numbers, how many are for users.</source>
        <translation>Parmi les numéros du site, combien sont destinés aux utilisateurs.</translation>
    </message>
    <message>
        <source>for resour&amp;ce accounts</source>
        <translation>pour les &amp;comptes de ressource</translation>
    </message>
    <message>
        <source>Of the office&apos;s numbers, how many are for resource accounts (auto attendants, call queues).</source>
        <translation>Parmi les numéros du site, combien sont destinés aux comptes de ressource (standards automatiques, files d&apos;attente).</translation>
    </message>
    <message>
        <source>Rese&amp;rve numbers</source>
        <translation>Rése&amp;rver les numéros</translation>
    </message>
    <message>
        <source>Enabled when the address is validated (or its validation is queued) and the numbers add up.</source>
        <translation>Disponible lorsque l&apos;adresse est validée (ou sa validation en attente) et que le total des numéros est cohérent.</translation>
    </message>
    <message>
        <source>Remove office %1</source>
        <translation>Supprimer le site %1</translation>
    </message>
    <message>
        <source>The office can be restored with Undo.</source>
        <translation>Le site peut être restauré avec Annuler.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Finding the area codes of %1…</source>
        <translation>Recherche des indicatifs régionaux de %1…</translation>
    </message>
    <message>
        <source>Type the city first: the list then offers its area codes.</source>
        <translation>Saisissez d&apos;abord la ville&#xa0;: la liste propose alors ses indicatifs.</translation>
    </message>
    <message>
        <source>No area code known for %1: type it.</source>
        <translation>Aucun indicatif régional connu pour %1&#xa0;: saisissez-le.</translation>
    </message>
    <message>
        <source>Area codes of %1: %2</source>
        <translation>Indicatifs régionaux de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Complete the address first: company name, street, postal code and city.</source>
        <translation>Complétez d&apos;abord l&apos;adresse&#xa0;: raison sociale, rue, code postal et ville.</translation>
    </message>
    <message>
        <source>Office %1: %2</source>
        <translation>Site %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>✔ Validated by the carrier&apos;s address service.</source>
        <translation>✔ Validée par le service d&apos;adresses de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>✎ The address was changed: a changed address is a new address, and the earlier validation no longer applies.</source>
        <translation>✎ L&apos;adresse a été modifiée&#xa0;: une adresse modifiée est une nouvelle adresse, et la validation précédente ne s&apos;applique plus.</translation>
    </message>
    <message>
        <source>The numbers of this office are reserved.</source>
        <translation>Les numéros de ce site sont réservés.</translation>
    </message>
    <message>
        <source>Complete the address and validate it first.</source>
        <translation>Complétez d&apos;abord l&apos;adresse et validez-la.</translation>
    </message>
    <message>
        <source>Enter how many numbers to reserve (users + resource accounts = numbers, 1 to %1).</source>
        <translation>Indiquez combien de numéros réserver (utilisateurs + comptes de ressource = numéros, de 1 à %1).</translation>
    </message>
    <message>
        <source>✔ Numbers reserved (%1): %2</source>
        <translation>✔ Numéros réservés (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>any area of %1</source>
        <translation>toute zone de %1</translation>
    </message>
    <message>
        <source>area %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <source>Reservation queued — new numbers: %1 (for users: %2, for resource accounts: %3), %4.</source>
        <translation>Réservation en attente — nouveaux numéros&#xa0;: %1 (pour les utilisateurs&#xa0;: %2, pour les comptes de ressource&#xa0;: %3), %4.</translation>
    </message>
    <message>
        <source>The numbers or the area code changed, so the numbers reserved before (%1) no longer apply.</source>
        <translation>Les numéros ou l&apos;indicatif régional ont changé&#xa0;: les numéros réservés auparavant (%1) ne s&apos;appliquent plus.</translation>
    </message>
    <message>
        <source>The numbers or the area code changed after Reserve was pressed, so the reservation asked for then is withdrawn.</source>
        <translation>Les numéros ou l&apos;indicatif régional ont changé après le clic sur Réserver&#xa0;: la réservation demandée alors est retirée.</translation>
    </message>
    <message>
        <source>office %1 in %2</source>
        <translation>site %1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a field of an office (which office)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Validate the address of %1</source>
        <translation>Valider l&apos;adresse du %1</translation>
    </message>
    <message>
        <source>Address validation of %1</source>
        <translation>Validation de l&apos;adresse du %1</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>Nouveaux numéros</translation>
    </message>
    <message>
        <source>Numbers for users</source>
        <translation>Numéros pour les utilisateurs</translation>
    </message>
    <message>
        <source>Numbers for resource accounts</source>
        <translation>Numéros pour les comptes de ressource</translation>
    </message>
    <message>
        <source>Reserve the numbers of %1</source>
        <translation>Réserver les numéros du %1</translation>
    </message>
    <message>
        <source>Reservation of %1</source>
        <translation>Réservation du %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>od::OfficesPage</name>
    <message>
        <source>CLIP screening (the network checks the presented number)</source>
        <translation>CLIP avec contrôle (le réseau vérifie le numéro présenté)</translation>
    </message>
    <message>
        <source>CLIP no screening</source>
        <translation>CLIP sans contrôle</translation>
    </message>
    <message>
        <source>Presentation number</source>
        <translation>Numéro de présentation</translation>
    </message>
    <message>
        <source>Per country up to 5 offices with a validated emergency address and up to 100 new numbers each.</source>
        <translation>Par pays, jusqu&apos;à 5 sites avec une adresse d&apos;urgence validée et jusqu&apos;à 100 nouveaux numéros chacun.</translation>
    </message>
    <message>
        <source>Existing numbers are kept in %1 (step 3): no new numbers or offices here.</source>
        <translation>Les numéros existants sont conservés (%1, étape 3)&#xa0;: pas de nouveaux numéros ni de sites ici.</translation>
    </message>
    <message>
        <source>%1: offices and new numbers</source>
        <translation>%1&#xa0;: sites et nouveaux numéros</translation>
    </message>
    <message>
        <source>Up to %1 offices. In %2 the area code must belong to the office&apos;s city.</source>
        <translation>Jusqu&apos;à %1 sites. Dans ce pays (%2), l&apos;indicatif régional doit correspondre à la ville du site.</translation>
    </message>
    <message>
        <source>Up to %1 offices.</source>
        <translation>Jusqu&apos;à %1 sites.</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>A&amp;nnuler la suppression</translation>
    </message>
    <message>
        <source>Undo: restore the removed office in %1</source>
        <translation>Annuler&#xa0;: restaurer le site supprimé (%1)</translation>
    </message>
    <message>
        <source>Add &amp;office</source>
        <translation>A&amp;jouter un site</translation>
    </message>
    <message>
        <source>Add an office in %1</source>
        <translation>Ajouter un site (%1)</translation>
    </message>
    <message>
        <source>Additional services in %1</source>
        <translation>Services complémentaires (%1)</translation>
    </message>
    <message>
        <source>One-off fees in %1</source>
        <translation>Frais ponctuels (%1)</translation>
    </message>
    <message>
        <source>Call forwardin&amp;g</source>
        <translation>&amp;Renvoi d&apos;appels</translation>
    </message>
    <message>
        <source>Call forwarding in %1</source>
        <translation>Renvoi d&apos;appels (%1)</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Renvoyer vers</translation>
    </message>
    <message>
        <source>Only the CLIP options allowed in %1 are offered.</source>
        <translation>Seules les options CLIP autorisées dans ce pays (%1) sont proposées.</translation>
    </message>
    <message>
        <source>C&amp;LIP</source>
        <translation>C&amp;LIP</translation>
    </message>
    <message>
        <source>A genuine number of %1 that callees see.</source>
        <translation>Un numéro réel de ce pays (%1) que voient les appelés.</translation>
    </message>
    <message>
        <source>Auto attendants</source>
        <translation>Standards automatiques</translation>
    </message>
    <message>
        <source>Call &amp;queues</source>
        <translation>F&amp;iles d&apos;attente</translation>
    </message>
    <message>
        <source>%1 (not offered in %2)</source>
        <translation>%1 (non proposé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 of %2 offices.</source>
        <translation>%1 sur %2 sites.</translation>
    </message>
    <message>
        <source>%1 of %2 offices: the most a country can have.</source>
        <translation>%1 sur %2 sites&#xa0;: le maximum pour un pays.</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>Office %1 (%2)</source>
        <translation>Site %1 (%2)</translation>
    </message>
    <message>
        <source>%1 was removed with everything typed in it. Undo restores it.</source>
        <translation>%1 a été supprimé avec toutes ses données. Annuler le restaure.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 × %3 = %4</source>
        <translation>%1&#xa0;: %2 × %3 = %4</translation>
    </message>
    <message>
        <source>One-off fees in %1 (installation and activation are calculated from the offices and numbers):
%2
Total one-off: %3</source>
        <translation>Frais ponctuels (%1) (installation et activation sont calculées d&apos;après les sites et les numéros)&#xa0;:
%2
Total ponctuel&#xa0;: %3</translation>
    </message>
    <message>
        <source>Each auto attendant and call queue needs a number for a resource account: %1 needed, %2 planned in the offices above.</source>
        <translation>Chaque standard automatique et chaque file d&apos;attente requiert un numéro de compte de ressource&#xa0;: %1 nécessaires, %2 prévus dans les sites ci-dessus.</translation>
    </message>
    <message>
        <source>Call forwarding target number in %1</source>
        <translation>Numéro de destination du renvoi d&apos;appels (%1)</translation>
    </message>
    <message>
        <source>CLIP in %1</source>
        <translation>CLIP (%1)</translation>
    </message>
    <message>
        <source>Presentation number in %1</source>
        <translation>Numéro de présentation (%1)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Each one needs a number for a resource account in one of the offices.</source>
        <translation>Chaque standard automatique ou file d&apos;attente requiert un numéro de compte de ressource dans l&apos;un des sites.</translation>
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
        <translation>Commande Operator Connect</translation>
    </message>
    <message>
        <source>&amp;Save draft and close</source>
        <translation>&amp;Enregistrer le brouillon et fermer</translation>
    </message>
    <message>
        <source>&amp;Withdraw from the outbox to edit</source>
        <translation>&amp;Retirer de la boîte d&apos;envoi pour modifier</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fe&amp;rmer</translation>
    </message>
    <message>
        <source>Save draft and close</source>
        <translation>Enregistrer le brouillon et fermer</translation>
    </message>
    <message>
        <source>Withdraw from the outbox to edit</source>
        <translation>Retirer de la boîte d&apos;envoi pour modifier</translation>
    </message>
    <message>
        <source>The order goes back to the drafts and can be changed; it is not sent until it is submitted again</source>
        <translation>La commande revient dans les brouillons et peut être modifiée&#xa0;; elle n&apos;est pas envoyée tant qu&apos;elle n&apos;a pas été soumise à nouveau</translation>
    </message>
    <message>
        <source>&amp;Back to drafts</source>
        <translation>Retour aux &amp;brouillons</translation>
    </message>
    <message>
        <source>Choose the address</source>
        <translation>Choisir l&apos;adresse</translation>
    </message>
    <message>
        <source>The carrier&apos;s address service does not know the address
%1
exactly. Choose the right one (it is validated next), or Cancel to keep the address as typed and correct it yourself.</source>
        <translation>Le service d&apos;adresses de l&apos;opérateur ne connaît pas exactement l&apos;adresse
%1
Choisissez la bonne adresse (elle sera ensuite validée), ou Annuler pour conserver l&apos;adresse saisie et la corriger vous-même.</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>&amp;Utiliser cette adresse</translation>
    </message>
</context>
<context>
    <name>od::Outbox</name>
    <message>
        <source>Operator Connect order %1</source>
        <translation>Commande Operator Connect %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Client&#xa0;: %1</translation>
    </message>
    <message>
        <source>OCN: %1</source>
        <translation>OCN&#xa0;: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Pays&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 users, %3 new numbers</source>
        <translation>%1&#xa0;: %2 utilisateurs, %3 nouveaux numéros</translation>
    </message>
    <message>
        <source>Signed for the customer by %1</source>
        <translation>Signé pour le client par %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s Teams tenant has given the carrier its consent.</source>
        <translation>Le locataire Teams du client a donné son consentement à l&apos;opérateur.</translation>
    </message>
    <message>
        <source>The customer&apos;s consent in the Teams admin center is pending.</source>
        <translation>Le consentement du client dans le centre d&apos;administration Teams est en attente.</translation>
    </message>
    <message>
        <source>The customer declined the carrier in the Teams admin center: the numbers cannot be uploaded until the customer gives consent.</source>
        <translation>Le client a refusé l&apos;opérateur dans le centre d&apos;administration Teams&#xa0;: les numéros ne peuvent pas être chargés tant que le client n&apos;a pas donné son consentement.</translation>
    </message>
    <message>
        <source>The customer has not given the carrier consent in the Teams admin center yet.</source>
        <translation>Le client n&apos;a pas encore donné son consentement à l&apos;opérateur dans le centre d&apos;administration Teams.</translation>
    </message>
    <message>
        <source>An office</source>
        <translation>Un site</translation>
    </message>
    <message>
        <source>Office %1 in %2</source>
        <translation>Site %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the address service refused the address. %2</source>
        <translation>%1&#xa0;: le service d&apos;adresses a refusé l&apos;adresse. %2</translation>
    </message>
    <message>
        <source>%1: the address is validated.</source>
        <translation>%1&#xa0;: l&apos;adresse est validée.</translation>
    </message>
    <message>
        <source>%1: the address service suggests corrected addresses: choose one, then validate it.</source>
        <translation>%1&#xa0;: le service d&apos;adresses propose des adresses corrigées&#xa0;: choisissez-en une, puis validez-la.</translation>
    </message>
    <message>
        <source>%1: the address service could not confirm the address: correct it and validate it again.</source>
        <translation>%1&#xa0;: le service d&apos;adresses n&apos;a pas pu confirmer l&apos;adresse&#xa0;: corrigez-la et validez-la à nouveau.</translation>
    </message>
    <message>
        <source>%1: the address could not be validated, so no numbers were reserved: correct the address, validate it, then reserve again.</source>
        <translation>%1&#xa0;: l&apos;adresse n&apos;a pas pu être validée, aucun numéro n&apos;a donc été réservé&#xa0;: corrigez l&apos;adresse, validez-la, puis réservez à nouveau.</translation>
    </message>
    <message>
        <source>%1: the address is not validated, so no numbers were reserved: validate it, then reserve again.</source>
        <translation>%1&#xa0;: l&apos;adresse n&apos;est pas validée, aucun numéro n&apos;a donc été réservé&#xa0;: validez-la, puis réservez à nouveau.</translation>
    </message>
    <message>
        <source>%1: no more numbers free in area code %2: choose another area code or fewer numbers.</source>
        <translation>%1&#xa0;: plus aucun numéro libre avec l&apos;indicatif régional %2&#xa0;: choisissez un autre indicatif ou moins de numéros.</translation>
    </message>
    <message>
        <source>%1: the number service refused the reservation. %2</source>
        <translation>%1&#xa0;: le service de numérotation a refusé la réservation. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n number(s) reserved.</source>
        <translation>
            <numerusform>%1&#xa0;: %n numéro réservé.</numerusform>
            <numerusform>%1&#xa0;: %n numéros réservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an existing customer&apos;s OCN and e-mail address can be checked with the carrier.</source>
        <translation>Seuls l&apos;OCN et l&apos;adresse e-mail d&apos;un client existant peuvent être vérifiés auprès de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>The customer is verified: the e-mail address belongs to the OCN.</source>
        <translation>Le client est vérifié&#xa0;: l&apos;adresse e-mail appartient à l&apos;OCN.</translation>
    </message>
    <message>
        <source>The customer could not be verified: the e-mail address is not one of the OCN&apos;s account addresses. Check both with the customer.</source>
        <translation>Le client n&apos;a pas pu être vérifié&#xa0;: l&apos;adresse e-mail ne fait pas partie des adresses du compte de l&apos;OCN. Vérifiez les deux avec le client.</translation>
    </message>
    <message>
        <source>The customer could not be verified: %1</source>
        <translation>Le client n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Order %1 was not sent: %2</source>
        <translation>La commande %1 n&apos;a pas été envoyée&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(et %n autre problème)</numerusform>
            <numerusform>(et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 was not accepted: %2</source>
        <translation>La commande %1 n&apos;a pas été acceptée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Order %1 was sent to the carrier: %2.</source>
        <translation>La commande %1 a été envoyée à l&apos;opérateur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Please sign: Operator Connect order %1</source>
        <translation>Signature requise&#xa0;: commande Operator Connect %1</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contrat %1</translation>
    </message>
    <message>
        <source>The contract of order %1 could not be sent for signature. %2</source>
        <translation>Le contrat de la commande %1 n&apos;a pas pu être envoyé pour signature. %2</translation>
    </message>
    <message>
        <source>The contract of order %1 was sent for signature.</source>
        <translation>Le contrat de la commande %1 a été envoyé pour signature.</translation>
    </message>
    <message>
        <source>The customer signed order %1; the carrier expects to handle it by %2.</source>
        <translation>Le client a signé la commande %1&#xa0;; l&apos;opérateur prévoit de la traiter d&apos;ici le %2.</translation>
    </message>
    <message>
        <source>Order %1 has a new status: %2.</source>
        <translation>La commande %1 a un nouveau statut&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <translation>Le brouillon n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Order %1 was already sent to the carrier.</source>
        <translation>La commande %1 a déjà été envoyée à l&apos;opérateur.</translation>
    </message>
    <message>
        <source>The office no longer exists.</source>
        <translation>Le site n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The order may already have reached the carrier, so it cannot be withdrawn here. Wait for the carrier&apos;s answer.</source>
        <translation>La commande est peut-être déjà parvenue à l&apos;opérateur&#xa0;: elle ne peut donc pas être retirée ici. Attendez la réponse de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Please sign: porting paperwork of Operator Connect order %1</source>
        <translation>Signature requise&#xa0;: dossier de portabilité de la commande Operator Connect %1</translation>
    </message>
    <message>
        <source>The porting paperwork of order %1 could not be sent for signature. %2</source>
        <translation>Le dossier de portabilité de la commande %1 n&apos;a pas pu être envoyé pour signature. %2</translation>
    </message>
    <message>
        <source>The porting paperwork of order %1 was sent for signature.</source>
        <translation>Le dossier de portabilité de la commande %1 a été envoyé pour signature.</translation>
    </message>
    <message>
        <source>The customer declined to sign the porting paperwork of order %1. Talk to the customer, then send it for signature again: the numbers are not ported without signed paperwork.</source>
        <translation>Le client a refusé de signer le dossier de portabilité de la commande %1. Échangez avec le client, puis renvoyez-le pour signature&#xa0;: les numéros ne sont pas portés sans dossier signé.</translation>
    </message>
    <message>
        <source>The signature request for the porting paperwork of order %1 was voided. Send it for signature again: the numbers are not ported without signed paperwork.</source>
        <translation>La demande de signature du dossier de portabilité de la commande %1 a été annulée. Renvoyez-le pour signature&#xa0;: les numéros ne sont pas portés sans dossier signé.</translation>
    </message>
    <message>
        <source>The customer declined to sign the contract of order %1. Talk to the customer, then send it for signature again: the order is not handled without a signed contract.</source>
        <translation>Le client a refusé de signer le contrat de la commande %1. Échangez avec le client, puis renvoyez-le pour signature&#xa0;: la commande n&apos;est pas traitée sans contrat signé.</translation>
    </message>
    <message>
        <source>The signature request for order %1 was voided. Send it for signature again: the order is not handled without a signed contract.</source>
        <translation>La demande de signature de la commande %1 a été annulée. Renvoyez-la pour signature&#xa0;: la commande n&apos;est pas traitée sans contrat signé.</translation>
    </message>
    <message>
        <source>The signed documents of order %1 could not be downloaded. %2</source>
        <translation>Impossible de télécharger les documents signés de la commande %1. %2</translation>
    </message>
    <message>
        <source>The signed documents of order %1 are kept with the draft.</source>
        <translation>Les documents signés de la commande %1 sont conservés avec le brouillon.</translation>
    </message>
    <message>
        <source>The carrier did not accept the signed paperwork of order %1. %2</source>
        <translation>L&apos;opérateur n&apos;a pas accepté le dossier signé de la commande %1. %2</translation>
    </message>
    <message>
        <source>The signed paperwork of order %1 was sent to the carrier.</source>
        <translation>Le dossier signé de la commande %1 a été envoyé à l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Order %1 has not reached the carrier yet: send it for signature once the carrier has it.</source>
        <translation>La commande %1 n&apos;est pas encore parvenue à l&apos;opérateur&#xa0;: envoyez-la pour signature dès que l&apos;opérateur l&apos;aura reçue.</translation>
    </message>
    <message>
        <source>Order %1 is finished at the carrier (%2): nothing is left to sign.</source>
        <translation>La commande %1 est clôturée chez l&apos;opérateur (%2)&#xa0;: il n&apos;y a plus rien à signer.</translation>
    </message>
    <message>
        <source>The signature request of order %1 is on its way.</source>
        <translation>La demande de signature de la commande %1 est en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>The customer has signed order %1 already.</source>
        <translation>Le client a déjà signé la commande %1.</translation>
    </message>
    <message>
        <source>Order %1 is out for signature: wait for the customer, or for a decline before sending it again.</source>
        <translation>La commande %1 est en cours de signature&#xa0;: attendez le client, ou un refus, avant de la renvoyer.</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs for the customer.</source>
        <translation>Saisissez le nom de la personne qui signe pour le client.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address for the person who signs for the customer.</source>
        <translation>Saisissez une adresse e-mail valide pour la personne qui signe pour le client.</translation>
    </message>
    <message>
        <source>The signatory could not be saved with the draft.</source>
        <translation>Impossible d&apos;enregistrer le signataire avec le brouillon.</translation>
    </message>
</context>
<context>
    <name>od::PaperworkPanel</name>
    <message>
        <source>Paperwork and signature</source>
        <translation>Documents et signature</translation>
    </message>
    <message>
        <source>Paperwork checklist by country</source>
        <translation>Suivi des documents par pays</translation>
    </message>
    <message>
        <source>One row per country that keeps its numbers: forms generated, sent for signature, signed, sent to the carrier. Arrow keys move between the cells.</source>
        <translation>Une ligne par pays qui conserve ses numéros&#xa0;: formulaires générés, envoyés pour signature, signés, envoyés à l&apos;opérateur. Les touches fléchées permettent de passer d&apos;une cellule à l&apos;autre.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Générés</translation>
    </message>
    <message>
        <source>Sent for signature</source>
        <translation>Envoyés pour signature</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signés</translation>
    </message>
    <message>
        <source>Sent to the carrier</source>
        <translation>Envoyés à l&apos;opérateur</translation>
    </message>
    <message>
        <source>Preview &amp;contract</source>
        <translation>Aperçu du &amp;contrat</translation>
    </message>
    <message>
        <source>Preview contract</source>
        <translation>Aperçu du contrat</translation>
    </message>
    <message>
        <source>Opens the contract as it is sent for signature</source>
        <translation>Ouvre le contrat tel qu&apos;il est envoyé pour signature</translation>
    </message>
    <message>
        <source>&amp;Preview forms</source>
        <translation>Aperçu des formu&amp;laires</translation>
    </message>
    <message>
        <source>Preview forms</source>
        <translation>Aperçu des formulaires</translation>
    </message>
    <message>
        <source>Opens the contract and every porting form, to read or print</source>
        <translation>Ouvre le contrat et chaque formulaire de portabilité, pour les lire ou les imprimer</translation>
    </message>
    <message>
        <source>Sa&amp;ve forms…</source>
        <translation>Enregistrer les for&amp;mulaires…</translation>
    </message>
    <message>
        <source>Save forms</source>
        <translation>Enregistrer les formulaires</translation>
    </message>
    <message>
        <source>Saves the contract and every porting form as PDF files into a folder</source>
        <translation>Enregistre le contrat et chaque formulaire de portabilité en PDF dans un dossier</translation>
    </message>
    <message>
        <source>Send for si&amp;gnature…</source>
        <translation>Envoyer pour si&amp;gnature…</translation>
    </message>
    <message>
        <source>Send for signature</source>
        <translation>Envoyer pour signature</translation>
    </message>
    <message>
        <source>Sends the signatory one envelope with the contract and the forms</source>
        <translation>Envoie au signataire une seule enveloppe contenant le contrat et les formulaires</translation>
    </message>
    <message>
        <source>&amp;Open signed PDF</source>
        <translation>&amp;Ouvrir le PDF signé</translation>
    </message>
    <message>
        <source>Open signed PDF</source>
        <translation>Ouvrir le PDF signé</translation>
    </message>
    <message>
        <source>Shows the signed documents</source>
        <translation>Affiche les documents signés</translation>
    </message>
    <message>
        <source>Save signed P&amp;DF…</source>
        <translation>Enregistrer le P&amp;DF signé…</translation>
    </message>
    <message>
        <source>Save signed PDF</source>
        <translation>Enregistrer le PDF signé</translation>
    </message>
    <message>
        <source>Saves the signed documents as a PDF file</source>
        <translation>Enregistre les documents signés dans un fichier PDF</translation>
    </message>
    <message>
        <source>The order is not at the carrier yet.</source>
        <translation>La commande n&apos;est pas encore chez l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Not connected to the carrier&apos;s services: Order Desk sends for signature once they are set up.</source>
        <translation>Non connecté aux services de l&apos;opérateur&#xa0;: Order Desk enverra pour signature dès qu&apos;ils seront configurés.</translation>
    </message>
    <message>
        <source>– Not sent for signature yet.</source>
        <translation>– Pas encore envoyé pour signature.</translation>
    </message>
    <message>
        <source>– The envelope is being prepared.</source>
        <translation>– L&apos;enveloppe est en préparation.</translation>
    </message>
    <message>
        <source>✉ Sent: waiting for the signatory to open and sign it.</source>
        <translation>✉ Envoyée&#xa0;: en attente d&apos;ouverture et de signature par le signataire.</translation>
    </message>
    <message>
        <source>✉ Delivered: the signatory has opened it and not signed yet.</source>
        <translation>✉ Remise&#xa0;: le signataire l&apos;a ouverte mais ne l&apos;a pas encore signée.</translation>
    </message>
    <message>
        <source>✔ Completed: signed by the signatory.</source>
        <translation>✔ Terminée&#xa0;: signée par le signataire.</translation>
    </message>
    <message>
        <source>✖ Declined: the signatory declined to sign. Check the signatory and send again.</source>
        <translation>✖ Refusée&#xa0;: le signataire a refusé de signer. Vérifiez le signataire et renvoyez.</translation>
    </message>
    <message>
        <source>✖ Voided: the signature request was withdrawn. Send again when ready.</source>
        <translation>✖ Annulée&#xa0;: la demande de signature a été retirée. Renvoyez-la lorsque tout est prêt.</translation>
    </message>
    <message>
        <source>– %1</source>
        <translation>– %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>The contract and the porting forms go to the signatory in one envelope; once signed, they are sent to the carrier.</source>
        <translation>Le contrat et les formulaires de portabilité sont envoyés au signataire dans une seule enveloppe&#xa0;; une fois signés, ils sont transmis à l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Signature: – the contract goes to the signatory once the carrier has the order.</source>
        <translation>Signature&#xa0;: – le contrat est envoyé au signataire dès que l&apos;opérateur a reçu la commande.</translation>
    </message>
    <message>
        <source>The signed PDF is kept with the order (%1).</source>
        <translation>Le PDF signé est conservé avec la commande (%1).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Send a&amp;gain…</source>
        <translation>Ren&amp;voyer…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Sends the contract to the signatory again</source>
        <translation>Renvoie le contrat au signataire</translation>
    </message>
    <message>
        <source>Not possible now.</source>
        <translation>Impossible pour le moment.</translation>
    </message>
    <message>
        <source>✖ The forms cannot be produced: %1</source>
        <translation>✖ Impossible de produire les formulaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>✖ The contract cannot be produced: %1</source>
        <translation>✖ Impossible de produire le contrat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preparing the contract and the forms…</source>
        <translation>Préparation du contrat et des formulaires…</translation>
    </message>
    <message>
        <source>Preparing the contract…</source>
        <translation>Préparation du contrat…</translation>
    </message>
    <message>
        <source>Save the contract and the forms into</source>
        <translation>Enregistrer le contrat et les formulaires dans</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>✔ Saved in %1 (documents: %2).</source>
        <translation>✔ Enregistré dans %1 (documents&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The signatory receives one e-signature envelope with the contract and every porting form. Check who signs for the company:</source>
        <translation>Le signataire reçoit une seule enveloppe de signature électronique contenant le contrat et chaque formulaire de portabilité. Vérifiez qui signe pour l&apos;entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>The signatory receives the contract again for e-signature. Check who signs for the company; correct the e-mail address if it was wrong:</source>
        <translation>Le signataire reçoit à nouveau le contrat pour signature électronique. Vérifiez qui signe pour l&apos;entreprise&#xa0;; corrigez l&apos;adresse e-mail si elle était erronée&#xa0;:</translation>
    </message>
    <message>
        <source>✖ Not sent: %1</source>
        <translation>✖ Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>✔ The envelope is queued for %1; it goes out with the next connection to the carrier.</source>
        <translation>✔ L&apos;enveloppe est en attente pour %1&#xa0;; elle partira à la prochaine connexion à l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Envelope queued for signature.</source>
        <translation>Enveloppe en attente de signature.</translation>
    </message>
    <message>
        <source>✖ The signed PDF is not kept with this order.</source>
        <translation>✖ Le PDF signé n&apos;est pas conservé avec cette commande.</translation>
    </message>
    <message>
        <source>Signed documents %1</source>
        <translation>Documents signés %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>✔ Saved as %1.</source>
        <translation>✔ Enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>od::PdfPreviewDialog</name>
    <message>
        <source>the document is not complete</source>
        <translation>le document est incomplet</translation>
    </message>
    <message>
        <source>the document was not found</source>
        <translation>le document est introuvable</translation>
    </message>
    <message>
        <source>it is not a valid PDF</source>
        <translation>ce n&apos;est pas un PDF valide</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>il est protégé par un mot de passe</translation>
    </message>
    <message>
        <source>its protection is not supported</source>
        <translation>sa protection n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>il est illisible</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Pages du document</translation>
    </message>
    <message>
        <source>Page Up and Page Down turn the pages; Ctrl+Plus and Ctrl+Minus zoom.</source>
        <translation>Page préc. et Page suiv. tournent les pages&#xa0;; Ctrl+Plus et Ctrl+Moins règlent le zoom.</translation>
    </message>
    <message>
        <source>Preview tools</source>
        <translation>Outils d&apos;aperçu</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#xa0;:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>P&amp;age</source>
        <translation>P&amp;age</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>Taille réelle (100 %)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save this document as a PDF file</source>
        <translation>Enregistrer ce document dans un fichier PDF</translation>
    </message>
    <message>
        <source>Save a&amp;ll…</source>
        <translation>Enregistrer &amp;tout…</translation>
    </message>
    <message>
        <source>Save every document into a folder</source>
        <translation>Enregistrer tous les documents dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print this document</source>
        <translation>Imprimer ce document</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Save all documents</source>
        <translation>Enregistrer tous les documents</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation>Fermer l&apos;aperçu (Échap)</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Fermer l&apos;aperçu</translation>
    </message>
    <message>
        <source>✖ This document cannot be shown: %1.</source>
        <translation>✖ Impossible d&apos;afficher ce document&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>(%1 sur %2)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Zoom: %1</source>
        <translation>Zoom&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no document to save.</source>
        <translation>Aucun document à enregistrer.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>✔ Saved as %1.</source>
        <translation>✔ Enregistré sous %1.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Save all documents into</source>
        <translation>Enregistrer tous les documents dans</translation>
    </message>
    <message>
        <source>✔ Saved in %1 (documents: %2).</source>
        <translation>✔ Enregistré dans %1 (documents&#xa0;: %2).</translation>
    </message>
    <message>
        <source>There is no document to print.</source>
        <translation>Aucun document à imprimer.</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>Impossible d&apos;utiliser l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The printer stopped after page %1.</source>
        <translation>L&apos;imprimante s&apos;est arrêtée après la page %1.</translation>
    </message>
    <message>
        <source>Page %1 could not be prepared for printing.</source>
        <translation>Impossible de préparer la page %1 pour l&apos;impression.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>✔ Sent to the printer.</source>
        <translation>✔ Envoyé à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>od::PortingPage</name>
    <message>
        <source>Per country: keep the customer&apos;s numbers (port or migrate), or get new ones.</source>
        <translation>Par pays&#xa0;: conserver les numéros du client (portabilité ou migration) ou en obtenir de nouveaux.</translation>
    </message>
    <message>
        <source>The order has no country yet: choose countries on the voice plans page.</source>
        <translation>La commande n&apos;a pas encore de pays&#xa0;: choisissez des pays à la page des forfaits voix.</translation>
    </message>
    <message>
        <source>&amp;Keep existing numbers in %1 (port or migrate)</source>
        <translation>&amp;Conserver les numéros existants – %1 (portabilité ou migration)</translation>
    </message>
    <message>
        <source>Keep existing numbers in %1</source>
        <translation>Conserver les numéros existants – %1</translation>
    </message>
    <message>
        <source>New numbers in %1 are chosen on the next page (offices and numbers).</source>
        <translation>Les nouveaux numéros (%1) se choisissent à la page suivante (sites et numéros).</translation>
    </message>
    <message>
        <source>ℹ %1</source>
        <translation>ℹ %1</translation>
    </message>
    <message>
        <source>Port from another &amp;carrier</source>
        <translation>Porter depuis un autre &amp;opérateur</translation>
    </message>
    <message>
        <source>Port the numbers of %1 from another carrier</source>
        <translation>Porter les numéros (%1) depuis un autre opérateur</translation>
    </message>
    <message>
        <source>&amp;Migrate numbers already in Teams</source>
        <translation>&amp;Migrer des numéros déjà dans Teams</translation>
    </message>
    <message>
        <source>Migrate numbers of %1 already used in Teams</source>
        <translation>Migrer des numéros (%1) déjà utilisés dans Teams</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
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
        <translation>Un autre opérateur Operator Connect</translation>
    </message>
    <message>
        <source>Teams n&amp;umber type today:</source>
        <translation>Type de n&amp;uméros Teams actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Losing carrier in %1</source>
        <translation>Opérateur cédant (%1)</translation>
    </message>
    <message>
        <source>&amp;Losing carrier:</source>
        <translation>Opérateur cé&amp;dant&#xa0;:</translation>
    </message>
    <message>
        <source>Exactly as the losing carrier knows it, e.g. from its invoice.</source>
        <translation>Exactement tel que l&apos;opérateur cédant le connaît, par exemple d&apos;après sa facture.</translation>
    </message>
    <message>
        <source>As on the current carrier&apos;s invoice</source>
        <translation>Comme sur la facture de l&apos;opérateur actuel</translation>
    </message>
    <message>
        <source>&amp;Account holder:</source>
        <translation>&amp;Titulaire du compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account holder&apos;s address
(as the carrier has it):</source>
        <translation>Adresse du titulaire du compte
(telle que l&apos;opérateur la connaît)&#xa0;:</translation>
    </message>
    <message>
        <source>Numbe&amp;rs:</source>
        <translation>Numé&amp;ros&#xa0;:</translation>
    </message>
    <message>
        <source>Main billin&amp;g number:</source>
        <translation>Numéro pri&amp;ncipal de facturation&#xa0;:</translation>
    </message>
    <message>
        <source>Requested port date in %1</source>
        <translation>Date de portabilité souhaitée (%1)</translation>
    </message>
    <message>
        <source>Use &amp;earliest</source>
        <translation>Au p&amp;lus tôt</translation>
    </message>
    <message>
        <source>Port &amp;date:</source>
        <translation>Date de portab&amp;ilité&#xa0;:</translation>
    </message>
    <message>
        <source>%1 to %2 working days depending on the numbers</source>
        <translation>%1 à %2 jours ouvrés selon les numéros</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 jour ouvré</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 jours ouvrés</translation>
    </message>
    <message>
        <source>earliest: %1, %2</source>
        <translation>au plus tôt&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>How the numbers reach Teams today in %1</source>
        <translation>Raccordement actuel des numéros à Teams (%1)</translation>
    </message>
    <message>
        <source>Account holder&apos;s name in %1</source>
        <translation>Nom du titulaire du compte (%1)</translation>
    </message>
    <message>
        <source>account holder in %1</source>
        <translation>titulaire du compte, %1</translation>
    </message>
    <message>
        <source>Main billing number in %1</source>
        <translation>Numéro principal de facturation (%1)</translation>
    </message>
    <message>
        <source>Use the earliest possible port date in %1</source>
        <translation>Utiliser la première date de portabilité possible (%1)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
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
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;To go on:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Pour continuer&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;step:%1&quot;&gt;%2&lt;/a&gt;: %3</source>
        <translation>&lt;a href=&quot;step:%1&quot;&gt;%2&lt;/a&gt;&#xa0;: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;On other pages:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Sur d&apos;autres pages&#xa0;:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>od::RecapPage</name>
    <message>
        <source>The whole order. Edit any part; Next comes back here.</source>
        <translation>La commande complète. Modifiez n&apos;importe quelle partie&#xa0;; Suivant vous ramène ici.</translation>
    </message>
    <message>
        <source>ℹ This order is queued in the outbox. It will be sent to the carrier when the carrier&apos;s ordering service is reachable; nothing else is needed now.
While it waits it cannot be changed or submitted again. To change it, choose &quot;Withdraw from the outbox to edit&quot;: it goes back to the drafts with everything kept.</source>
        <translation>ℹ Cette commande est en attente dans la boîte d&apos;envoi. Elle sera envoyée à l&apos;opérateur dès que son service de commande sera joignable&#xa0;; vous n&apos;avez rien d&apos;autre à faire.
Pendant l&apos;attente, elle ne peut être ni modifiée ni soumise à nouveau. Pour la modifier, choisissez «&#xa0;Retirer de la boîte d&apos;envoi pour modifier&#xa0;»&#xa0;: elle revient dans les brouillons avec toutes ses données.</translation>
    </message>
    <message>
        <source>Queued in the outbox</source>
        <translation>En attente dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Order recap</source>
        <translation>Récapitulatif de la commande</translation>
    </message>
    <message>
        <source>The whole order by country, with fees. Tab moves between the Edit links; Enter opens one.</source>
        <translation>La commande complète par pays, avec les frais. Tab passe d&apos;un lien Modifier à l&apos;autre&#xa0;; Entrée ouvre le lien.</translation>
    </message>
    <message>
        <source>The order as it was submitted.</source>
        <translation>La commande telle qu&apos;elle a été soumise.</translation>
    </message>
</context>
<context>
    <name>od::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>About revisions</source>
        <translation>À propos des révisions</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Restore this revision</source>
        <translation>&amp;Restaurer cette révision</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Restaurer cette révision</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Each revision is a saved state of this draft (the newest %1 are kept). Restoring one keeps the current state as a revision too.</source>
        <translation>Chaque révision est un état enregistré de ce brouillon (les %1 plus récentes sont conservées). La restauration d&apos;une révision conserve aussi l&apos;état actuel comme révision.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuelle)</translation>
    </message>
</context>
<context>
    <name>od::SignatoryDialog</name>
    <message>
        <source>Send for signature</source>
        <translation>Envoyer pour signature</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;name:</source>
        <translation>&amp;Nom du signataire&#xa0;:</translation>
    </message>
    <message>
        <source>Signatory&apos;s e-mail address</source>
        <translation>Adresse e-mail du signataire</translation>
    </message>
    <message>
        <source>The e-signature envelope is sent to this address</source>
        <translation>L&apos;enveloppe de signature électronique est envoyée à cette adresse</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Signatory&apos;s job title</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>The signatory &amp;may sign for the company</source>
        <translation>Le signataire est &amp;habilité à signer pour l&apos;entreprise</translation>
    </message>
    <message>
        <source>The signatory may sign for the company</source>
        <translation>Le signataire est habilité à signer pour l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Send for signature</source>
        <translation>Envoyer pour si&amp;gnature</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Signatory&apos;s name: enter the name of the person who signs.</source>
        <translation>Nom du signataire&#xa0;: saisissez le nom de la personne qui signe.</translation>
    </message>
    <message>
        <source>E-mail address: enter the signatory&apos;s e-mail address; the envelope is sent there.</source>
        <translation>Adresse e-mail&#xa0;: saisissez l&apos;adresse e-mail du signataire&#xa0;; l&apos;enveloppe y est envoyée.</translation>
    </message>
    <message>
        <source>E-mail address: &quot;%1&quot; is not a valid e-mail address; check it (name@company.com).</source>
        <translation>Adresse e-mail&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide&#xa0;; vérifiez-la (nom@entreprise.com).</translation>
    </message>
    <message>
        <source>Job title: enter the signatory&apos;s job title.</source>
        <translation>Fonction&#xa0;: saisissez la fonction du signataire.</translation>
    </message>
    <message>
        <source>May sign for the company: confirm that the signatory may sign for the company.</source>
        <translation>Habilité à signer pour l&apos;entreprise&#xa0;: confirmez que le signataire est habilité à signer pour l&apos;entreprise.</translation>
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
        <translation>Envoyer la commande.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>&amp;Preview contract</source>
        <translation>Aperçu du &amp;contrat</translation>
    </message>
    <message>
        <source>Preview contract</source>
        <translation>Aperçu du contrat</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>So&amp;umettre</translation>
    </message>
    <message>
        <source>Submit the order</source>
        <translation>Soumettre la commande</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;name</source>
        <translation>&amp;Nom du signataire</translation>
    </message>
    <message>
        <source>Signatory&apos;s e-mail address</source>
        <translation>Adresse e-mail du signataire</translation>
    </message>
    <message>
        <source>The e-signature envelope is sent to this address</source>
        <translation>L&apos;enveloppe de signature électronique est envoyée à cette adresse</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>Adresse e-&amp;mail</translation>
    </message>
    <message>
        <source>Signatory&apos;s job title</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>Fonc&amp;tion</translation>
    </message>
    <message>
        <source>The signatory &amp;may sign for the company</source>
        <translation>Le signataire est &amp;habilité à signer pour l&apos;entreprise</translation>
    </message>
    <message>
        <source>The signatory may sign for the company</source>
        <translation>Le signataire est habilité à signer pour l&apos;entreprise</translation>
    </message>
    <message>
        <source>Submit to si&amp;gn</source>
        <translation>Soumettre pour si&amp;gnature</translation>
    </message>
    <message>
        <source>Submit to sign</source>
        <translation>Soumettre pour signature</translation>
    </message>
    <message>
        <source>Sends the order; the signatory receives the contract for e-signature</source>
        <translation>Envoie la commande&#xa0;; le signataire reçoit le contrat pour signature électronique</translation>
    </message>
    <message>
        <source>What is missing before the order can be sent</source>
        <translation>Ce qui manque avant de pouvoir envoyer la commande</translation>
    </message>
    <message>
        <source>Existing numbers are kept in at least one country. Preview the contract, then submit. Afterwards, produce the porting or migration forms and get them and the contract signed.</source>
        <translation>Les numéros existants sont conservés dans au moins un pays. Prévisualisez le contrat, puis soumettez. Ensuite, produisez les formulaires de portabilité ou de migration et faites-les signer avec le contrat.</translation>
    </message>
    <message>
        <source>Only new numbers: enter who signs for the company. &quot;Submit to sign&quot; sends them the contract for e-signature; once it is signed, the order is confirmed and handled within five working days.</source>
        <translation>Nouveaux numéros uniquement&#xa0;: indiquez qui signe pour l&apos;entreprise. «&#xa0;Soumettre pour signature&#xa0;» envoie le contrat à cette personne pour signature électronique&#xa0;; une fois signé, la commande est confirmée et traitée sous cinq jours ouvrés.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>ℹ Submitting puts the order in the outbox. Before it is sent, the carrier&apos;s services settle what they alone can:
%1</source>
        <translation>ℹ La soumission place la commande dans la boîte d&apos;envoi. Avant l&apos;envoi, les services de l&apos;opérateur traitent ce qu&apos;eux seuls peuvent traiter&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The order is queued.</source>
        <translation>La commande est en attente d&apos;envoi.</translation>
    </message>
    <message>
        <source>Not possible yet: see what is missing below.</source>
        <translation>Pas encore possible&#xa0;: voir ce qui manque ci-dessous.</translation>
    </message>
    <message>
        <source>On this page</source>
        <translation>Sur cette page</translation>
    </message>
    <message>
        <source>✖ %1: %2</source>
        <translation>✖ %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Before the order can be sent (%n):&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>
            <numerusform>&lt;b&gt;Avant de pouvoir envoyer la commande (%n)&#xa0;:&lt;/b&gt;&lt;br&gt;%1</numerusform>
            <numerusform>&lt;b&gt;Avant de pouvoir envoyer la commande (%n)&#xa0;:&lt;/b&gt;&lt;br&gt;%1</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ The order is not queued yet: %1</source>
        <translation>✖ La commande n&apos;est pas encore en attente d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>✔ Queued: the order is in the outbox and will be sent when the carrier&apos;s ordering service is reachable. Nothing else is needed now.</source>
        <translation>✔ En attente&#xa0;: la commande est dans la boîte d&apos;envoi et sera envoyée dès que le service de commande de l&apos;opérateur sera joignable. Vous n&apos;avez rien d&apos;autre à faire.</translation>
    </message>
    <message>
        <source>Opens the contract the signatory receives, to read, save or print</source>
        <translation>Ouvre le contrat que reçoit le signataire, pour le lire, l&apos;enregistrer ou l&apos;imprimer</translation>
    </message>
    <message>
        <source>Preparing the contract…</source>
        <translation>Préparation du contrat…</translation>
    </message>
    <message>
        <source>✖ The contract cannot be shown yet: %1</source>
        <translation>✖ Le contrat ne peut pas encore être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>⚠ The carrier sent the order back: %1</source>
        <translation>⚠ L&apos;opérateur a renvoyé la commande&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>od::VoicePlansPage</name>
    <message>
        <source>Countries, their voice plans and users, and the OCN and BCN of each country.</source>
        <translation>Les pays, leurs forfaits voix et utilisateurs, ainsi que l&apos;OCN et le BCN de chaque pays.</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>Rechercher un pays</translation>
    </message>
    <message>
        <source>Type part of a country&apos;s name or its code; Enter or Space in the list chooses it.</source>
        <translation>Saisissez une partie du nom d&apos;un pays ou son code&#xa0;; Entrée ou Espace dans la liste le sélectionne.</translation>
    </message>
    <message>
        <source>Type to filter: ger, fr, uk…</source>
        <translation>Tapez pour filtrer&#xa0;: ger, fr, uk…</translation>
    </message>
    <message>
        <source>F&amp;ind a country:</source>
        <translation>Rec&amp;hercher un pays&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — prices in %2</source>
        <translation>%1 — prix en %2</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Check the countries of the order with Space or Enter.</source>
        <translation>Cochez les pays de la commande avec Espace ou Entrée.</translation>
    </message>
    <message>
        <source>C&amp;ountries:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Choose the countries of the order in the list on the left.</source>
        <translation>Choisissez les pays de la commande dans la liste de gauche.</translation>
    </message>
    <message>
        <source>voice plans</source>
        <translation>forfaits voix</translation>
    </message>
    <message>
        <source>the BCN</source>
        <translation>BCN</translation>
    </message>
    <message>
        <source>offices</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>the porting details</source>
        <translation>informations de portabilité</translation>
    </message>
    <message>
        <source>%1 was removed from the order. Its %2 are kept: Undo, or check %1 again, brings them back.</source>
        <translation>%1 a été retiré de la commande. Ses données sont conservées (%2)&#xa0;: Annuler, ou cocher à nouveau %1, les rétablit.</translation>
    </message>
    <message>
        <source>details</source>
        <translation>informations</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No country chosen yet.</source>
        <translation>Aucun pays choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Sélection&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Users of %1 in %2</source>
        <translation>Utilisateurs de %1 (%2)</translation>
    </message>
    <message>
        <source>%1 per user / month</source>
        <translation>%1 par utilisateur / mois</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Infos</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>OCN for %1</source>
        <translation>OCN pour %1</translation>
    </message>
    <message>
        <source>The carrier&apos;s customer number for this country.</source>
        <translation>Le numéro client de l&apos;opérateur pour ce pays.</translation>
    </message>
    <message>
        <source>OCN:</source>
        <translation>OCN&#xa0;:</translation>
    </message>
    <message>
        <source>BCN for %1</source>
        <translation>BCN pour %1</translation>
    </message>
    <message>
        <source>The billing account under the OCN that pays for this country.</source>
        <translation>Le compte de facturation, rattaché à l&apos;OCN, qui paie pour ce pays.</translation>
    </message>
    <message>
        <source>B&amp;CN:</source>
        <translation>B&amp;CN&#xa0;:</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Included:</source>
        <translation>Inclus&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source> user(s)</source>
        <translation>
            <numerusform> utilisateur</numerusform>
            <numerusform> utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>How many users get this plan. The numbers for users in a country cannot be more than the users of its plans.</source>
        <translation>Nombre d&apos;utilisateurs qui reçoivent ce forfait. Les numéros pour les utilisateurs d&apos;un pays ne peuvent pas dépasser le nombre d&apos;utilisateurs de ses forfaits.</translation>
    </message>
    <message>
        <source>About %1 in %2</source>
        <translation>À propos de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>od::documentFiles</name>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Replace files</source>
        <translation>Remplacer les fichiers</translation>
    </message>
    <message>
        <source>Files of the same name are in this folder already (%1 of %2). Replace them?</source>
        <translation>Des fichiers du même nom se trouvent déjà dans ce dossier (%1 sur %2). Les remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>od::documents</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>od::documents::Contract</name>
    <message>
        <source>Order form and contract</source>
        <translation>Bon de commande et contrat</translation>
    </message>
    <message>
        <source>Operator Connect for Microsoft Teams</source>
        <translation>Operator Connect pour Microsoft Teams</translation>
    </message>
    <message>
        <source>This contract sets out the Operator Connect services for Microsoft Teams that the customer named below orders: voice plans, telephone numbers, options and fees, per country.</source>
        <translation>Le présent contrat définit les services Operator Connect pour Microsoft Teams commandés par le client désigné ci-dessous&#xa0;: forfaits voix, numéros de téléphone, options et frais, par pays.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Terms and signature</source>
        <translation>Conditions et signature</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contrat %1</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Référence de commande</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Customer number (OCN)</source>
        <translation>Numéro client (OCN)</translation>
    </message>
    <message>
        <source>Online account</source>
        <translation>Compte en ligne</translation>
    </message>
    <message>
        <source>New customer: the number is assigned on acceptance</source>
        <translation>Nouveau client&#xa0;: le numéro est attribué à l&apos;acceptation</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant ID</source>
        <translation>ID de locataire Microsoft Entra</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Adresse légale</translation>
    </message>
    <message>
        <source>Services in %1</source>
        <translation>Services – %1</translation>
    </message>
    <message>
        <source>Billing account (BCN)</source>
        <translation>Compte de facturation (BCN)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Existing numbers migrated</source>
        <translation>Numéros existants migrés</translation>
    </message>
    <message>
        <source>Existing numbers ported</source>
        <translation>Numéros existants portés</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>Nouveaux numéros</translation>
    </message>
    <message>
        <source>Voice plans</source>
        <translation>Forfaits voix</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Per user and month</source>
        <translation>Par utilisateur et par mois</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Offices and new numbers</source>
        <translation>Sites et nouveaux numéros</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>%1 new numbers: %2 for users, %3 for resource accounts</source>
        <translation>%1 nouveaux numéros&#xa0;: %2 pour les utilisateurs, %3 pour les comptes de ressource</translation>
    </message>
    <message>
        <source>area code %1</source>
        <translation>indicatif régional %1</translation>
    </message>
    <message>
        <source>No office yet.</source>
        <translation>Aucun site.</translation>
    </message>
    <message>
        <source>Numbers migrated</source>
        <translation>Numéros migrés</translation>
    </message>
    <message>
        <source>Numbers ported</source>
        <translation>Numéros portés</translation>
    </message>
    <message>
        <source>Current provider</source>
        <translation>Fournisseur actuel</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Opérateur cédant</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Date souhaitée</translation>
    </message>
    <message>
        <source>Number or range</source>
        <translation>Numéro ou plage</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Renvoi d&apos;appels</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Configuré</translation>
    </message>
    <message>
        <source>Configured, to %1</source>
        <translation>Configuré, vers %1</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>Screening (the network checks the presented number)</source>
        <translation>Avec contrôle (le réseau vérifie le numéro présenté)</translation>
    </message>
    <message>
        <source>No screening</source>
        <translation>Sans contrôle</translation>
    </message>
    <message>
        <source>Presentation number %1</source>
        <translation>Numéro de présentation %1</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <source>Auto attendants</source>
        <translation>Standards automatiques</translation>
    </message>
    <message>
        <source>Call queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <source>Fees in %1</source>
        <translation>Frais – %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>Total en %1</translation>
    </message>
    <message>
        <source>No fees.</source>
        <translation>Aucuns frais.</translation>
    </message>
    <message>
        <source>Prices exclude VAT. Monthly fees are billed from the date the numbers are active; one-off fees with the first invoice.</source>
        <translation>Les prix s&apos;entendent hors TVA. Les frais mensuels sont facturés à compter de la date d&apos;activation des numéros&#xa0;; les frais ponctuels, avec la première facture.</translation>
    </message>
    <message>
        <source>Order contact</source>
        <translation>Contact commande</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Contact technique</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>Contact client</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>The customer orders the services above at the prices shown. New numbers are activated, and monthly fees start, within five working days of the signed contract. Ported and migrated numbers move on the date the losing carrier confirms, which may differ from the requested date.</source>
        <translation>Le client commande les services ci-dessus aux prix indiqués. Les nouveaux numéros sont activés, et les frais mensuels commencent à courir, dans les cinq jours ouvrés suivant la signature du contrat. Les numéros portés et migrés sont transférés à la date confirmée par l&apos;opérateur cédant, qui peut différer de la date souhaitée.</translation>
    </message>
    <message>
        <source>Numbers are ported or migrated on the strength of the signed letters of authorisation that accompany this contract.</source>
        <translation>Les numéros sont portés ou migrés sur la base des mandats de portabilité signés joints au présent contrat.</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>Signé pour le compte de</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>The signatory confirms being authorised to sign for the customer.</source>
        <translation>Le signataire certifie être habilité à signer pour le compte du client.</translation>
    </message>
    <message>
        <source>The order has no country: choose at least one country and its voice plans first.</source>
        <translation>La commande n&apos;a aucun pays&#xa0;: choisissez d&apos;abord au moins un pays et ses forfaits voix.</translation>
    </message>
    <message>
        <source>The contract template is missing from this build.</source>
        <translation>Le modèle de contrat est absent de cette version.</translation>
    </message>
</context>
<context>
    <name>od::documents::PortingForm</name>
    <message>
        <source>Letter of authorisation — %1 (form %2 of %3)</source>
        <translation>Mandat de portabilité — %1 (formulaire %2 sur %3)</translation>
    </message>
    <message>
        <source>Letter of authorisation — %1</source>
        <translation>Mandat de portabilité — %1</translation>
    </message>
    <message>
        <source>Form %1 of %2</source>
        <translation>Formulaire %1 sur %2</translation>
    </message>
    <message>
        <source>Migration of Microsoft Teams numbers to Operator Connect</source>
        <translation>Migration de numéros Microsoft Teams vers Operator Connect</translation>
    </message>
    <message>
        <source>Porting of numbers to Operator Connect for Microsoft Teams</source>
        <translation>Portabilité de numéros vers Operator Connect pour Microsoft Teams</translation>
    </message>
    <message>
        <source>The account holder below asks to move the numbers listed on this form, which it already uses in Microsoft Teams, to Operator Connect.</source>
        <translation>Le titulaire du compte désigné ci-dessous demande le transfert vers Operator Connect des numéros figurant sur ce formulaire, qu&apos;il utilise déjà dans Microsoft Teams.</translation>
    </message>
    <message>
        <source>The account holder below asks to move the numbers listed on this form from its current carrier to Operator Connect for Microsoft Teams.</source>
        <translation>Le titulaire du compte désigné ci-dessous demande le transfert des numéros figurant sur ce formulaire de son opérateur actuel vers Operator Connect pour Microsoft Teams.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titulaire du compte</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Référence de commande</translation>
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
        <translation>Operator Connect (autre opérateur)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Numbers in Teams today</source>
        <translation>Numéros actuellement dans Teams</translation>
    </message>
    <message>
        <source>Current provider</source>
        <translation>Fournisseur actuel</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Opérateur cédant</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Date souhaitée</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>%1 to %2 working days, depending on the numbers</source>
        <translation>%1 à %2 jours ouvrés, selon les numéros</translation>
    </message>
    <message>
        <source>at least %1 working days</source>
        <translation>au moins %1 jours ouvrés</translation>
    </message>
    <message>
        <source>Form valid for</source>
        <translation>Formulaire valable</translation>
    </message>
    <message>
        <source>%1 months after signature</source>
        <translation>%1 mois après signature</translation>
    </message>
    <message>
        <source>Main billing number</source>
        <translation>Numéro principal de facturation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>National form</source>
        <translation>Format national</translation>
    </message>
    <message>
        <source>International form (E.164)</source>
        <translation>Format international (E.164)</translation>
    </message>
    <message>
        <source>Total numbers on this form</source>
        <translation>Nombre total de numéros sur ce formulaire</translation>
    </message>
    <message>
        <source>Details required in %1</source>
        <translation>Informations requises – %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>the current carrier</source>
        <translation>l&apos;opérateur actuel</translation>
    </message>
    <message>
        <source>%1, the holder of the numbers listed on this form, authorises their transfer from %2 to Operator Connect for Microsoft Teams under order %3, and the end of the service with %2 for these numbers on the day they move. The signatory confirms being authorised to sign for the account holder.</source>
        <translation>%1, titulaire des numéros figurant sur ce formulaire, autorise leur transfert de %2 vers Operator Connect pour Microsoft Teams dans le cadre de la commande %3, ainsi que la résiliation du service auprès de %2 pour ces numéros le jour de leur transfert. Le signataire certifie être habilité à signer pour le compte du titulaire du compte.</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>Company stamp</source>
        <translation>Cachet de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The order has no country %1 to fill a porting form for.</source>
        <translation>La commande ne comporte pas le pays %1 pour lequel remplir un formulaire de portabilité.</translation>
    </message>
    <message>
        <source>The porting form template is missing from this build.</source>
        <translation>Le modèle de formulaire de portabilité est absent de cette version.</translation>
    </message>
</context>
<context>
    <name>od::sync::Authenticator</name>
    <message>
        <source>Signing in took too long. Try again.</source>
        <translation>La connexion a pris trop de temps. Réessayez.</translation>
    </message>
    <message>
        <source>The sign-in service answered with an error (HTTP %1). Try again later.</source>
        <translation>Le service de connexion a répondu par une erreur (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The sign-in service cannot be reached. Check the network connection and try again.</source>
        <translation>Le service de connexion est injoignable. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>Signing in needs a local port to receive the answer, and none could be opened. Try again.</source>
        <translation>La connexion requiert un port local pour recevoir la réponse, et aucun n&apos;a pu être ouvert. Réessayez.</translation>
    </message>
    <message>
        <source>Order Desk is signed in. You can close this window.</source>
        <translation>Order Desk est connecté. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Signing in was refused (%1). Try again, or ask an administrator to check your access.</source>
        <translation>La connexion a été refusée (%1). Réessayez, ou demandez à un administrateur de vérifier vos accès.</translation>
    </message>
    <message>
        <source>Signing in failed. Try again.</source>
        <translation>La connexion a échoué. Réessayez.</translation>
    </message>
    <message>
        <source>The sign-in service refused the sign-in (HTTP %1). Try again.</source>
        <translation>Le service de connexion a refusé la connexion (HTTP %1). Réessayez.</translation>
    </message>
    <message>
        <source>You signed out of the carrier&apos;s services: nothing is sent until you sign in again (File menu).</source>
        <translation>Vous êtes déconnecté des services de l&apos;opérateur&#xa0;: rien n&apos;est envoyé tant que vous ne vous êtes pas reconnecté (menu Fichier).</translation>
    </message>
</context>
</TS>
