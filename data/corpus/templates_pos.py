# Positive (risky) beats for the synthetic corpus. Non-explicit by design.
# Format: one beat = (codes, text). Text has sections "xx:" per language, one variant per line.
# Slots: {n} other person's name, {me} sender name, {app} {app2} messaging app, {handle}, {phone},
# {city} {city2}, {cur} currency sign, {amt} large amount, {amt_s} small amount, {job}, {age_m} minor age,
# {age_a} adult age, {time}, {day}, {hotel}, {place}, {game}, {gift}, {pay} payment app.

POS = {}

POS["p_open"] = ([], """
en:
hey {n}
heyy
hi there :)
hey cutie
yo whats up
hey saw ur post on {place}
hi {n} u dont know me but i had to say hi
hey random but ur pics are amazing
sup
hey u go to school near {city}?
es:
hola {n}
holaa que tal
hey vi tu post
hola guapa
que onda
hola no me conoces pero tenía que saludarte
pt:
oi {n}
oii tudo bem?
e ai
oi linda
vi teu post e tive que falar
oi, tudo bom? sou de {city}
fr:
salut {n}
coucou
slt ça va?
hey j'ai vu ton post
salut ma belle
cc tu me connais pas mais fallait que je te parle
de:
hey {n}
hi na
hallo :)
hey hab deinen post gesehen
na du
hi du kennst mich nicht aber musste dir schreiben
nl:
hoi {n}
hey hoe gaat het
hai :)
hey zag je post
hoi schoonheid
hey je kent me niet maar moest je even spreken
""")

POS["age_probe"] = (["age_probe"], """
en:
how old r u?
asl?
u look older than {age_m} tbh
wait how old are u
what grade r u in
age is just a number right
ur mature for ur age u know that
im {age_a} is that weird for u?
dont worry age doesnt matter to me
u in middle school or high school?
ur only {age_m}? u seem way older
i like younger girls they're less drama lol
es:
cuantos años tienes?
edad?
pareces mayor de {age_m}
en que curso vas?
la edad es solo un numero
tengo {age_a} te molesta?
eres muy madura para tu edad
pt:
quantos anos vc tem?
idade?
vc parece mais velha que {age_m}
ta em que ano da escola?
idade é só um número
tenho {age_a}, tudo bem pra vc?
vc é bem madura pra sua idade
fr:
t'as quel âge?
tu as quel age
tu fais plus que {age_m} franchement
t'es en quelle classe?
l'âge c'est qu'un chiffre
j'ai {age_a} ans ça te dérange?
t'es mature pour ton âge
de:
wie alt bist du?
alter?
du siehst älter aus als {age_m}
in welche klasse gehst du?
alter ist doch nur eine zahl
ich bin {age_a}, stört dich das?
du bist echt reif für dein alter
nl:
hoe oud ben je?
leeftijd?
je lijkt ouder dan {age_m}
in welke klas zit je?
leeftijd is maar een getal
ik ben {age_a} vind je dat raar?
je bent echt volwassen voor je leeftijd
""")

POS["b_age_minor"] = ([], """
en:
im {age_m}
{age_m}f
{age_m} why
{age_m} lol
turning {age_m} next month
im in 8th grade
{age_m} u?
es:
tengo {age_m}
{age_m} y tu?
{age_m} por?
pt:
tenho {age_m}
{age_m} e vc?
{age_m} pq?
fr:
j'ai {age_m} ans
{age_m} et toi?
{age_m} pourquoi
de:
bin {age_m}
{age_m} und du?
{age_m} wieso
nl:
ik ben {age_m}
{age_m} en jij?
{age_m} hoezo
""")

POS["compliments_trust"] = (["compliments_trust"], """
en:
ur honestly so pretty
ur so mature, way smarter than girls ur age
u can tell me anything, i wont judge
i feel like i get u better than anyone
ur different from everyone else
i love talking to u, ur so easy to talk to
ur smile is everything
ur way too cute to be sad
ur so talented, ur gonna be famous one day
i trust u, u can trust me too
es:
eres muy guapa de verdad
eres mas madura que las de tu edad
puedes contarme lo que sea
siento que te entiendo mejor que nadie
me encanta hablar contigo
pt:
vc é linda demais
vc é muito madura pra sua idade
pode me contar qualquer coisa
sinto que te entendo melhor que ninguém
adoro conversar com vc
fr:
t'es trop belle sérieux
t'es plus mature que les filles de ton âge
tu peux tout me dire
j'ai l'impression de te comprendre mieux que personne
j'adore te parler
de:
du bist echt hübsch
du bist viel reifer als andere in deinem alter
du kannst mir alles erzählen
ich versteh dich besser als alle anderen
ich schreib so gern mit dir
nl:
je bent echt mooi
je bent veel volwassener dan meiden van jouw leeftijd
je kan me alles vertellen
ik snap je beter dan wie dan ook
ik praat zo graag met jou
""")

POS["risk_assessment"] = (["risk_assessment"], """
en:
are ur parents home?
is this ur own phone?
does ur mom check ur phone
who else uses this account
r u alone rn
do ur parents read ur messages?
when do ur parents get home
is ur door locked
do u share ur room with anyone
does anyone know ur password
es:
estan tus papas en casa?
este celular es tuyo?
tu mama revisa tu celu?
estas sola ahora?
a que hora llegan tus padres
pt:
seus pais tão em casa?
esse celular é seu mesmo?
sua mãe olha seu celular?
vc ta sozinha agora?
que horas seus pais chegam
fr:
tes parents sont là?
c'est ton tel à toi?
ta mère regarde ton tel?
t'es seule là?
ils rentrent quand tes parents
de:
sind deine eltern zuhause?
ist das dein eigenes handy?
guckt deine mutter in dein handy?
bist du grad allein?
wann kommen deine eltern heim
nl:
zijn je ouders thuis?
is dit je eigen telefoon?
kijkt je moeder in je telefoon?
ben je nu alleen?
hoe laat komen je ouders thuis
""")

POS["exclusivity"] = (["exclusivity"], """
en:
ur my favorite person to talk to
this is our special thing
nobody gets u like i do
i only talk to u like this
u and me against the world
ur the only one who understands me
we have something nobody else has
promise u only talk to me like this
es:
eres mi persona favorita
esto es algo especial solo nuestro
nadie te entiende como yo
solo hablo asi contigo
tu y yo contra el mundo
pt:
vc é minha pessoa favorita
isso é só nosso
ninguém te entende como eu
só falo assim com vc
eu e vc contra o mundo
fr:
t'es ma personne préférée
c'est notre truc à nous
personne te comprend comme moi
je parle comme ça qu'avec toi
toi et moi contre le monde
de:
du bist mein lieblingsmensch
das ist unser ding, nur unseres
keiner versteht dich so wie ich
so red ich nur mit dir
du und ich gegen den rest der welt
nl:
jij bent mijn favoriete persoon
dit is iets speciaals van ons
niemand snapt je zoals ik
zo praat ik alleen met jou
jij en ik tegen de wereld
""")

POS["secrecy"] = (["secrecy"], """
en:
dont tell anyone about us ok
delete our chat after
keep this between us
ur mom wouldnt understand so dont tell her
turn on disappearing messages
if anyone asks im just a friend from school
this stays our secret 🤫
clear ur history when we're done
dont show ur friends our chats
es:
no le digas a nadie de nosotros
borra el chat despues
que quede entre nosotros
tu mama no lo entenderia, no le cuentes
es nuestro secreto 🤫
pt:
não conta pra ninguém sobre a gente
apaga a conversa depois
fica entre nós
sua mãe não ia entender, não conta pra ela
é nosso segredo 🤫
fr:
le dis à personne pour nous
supprime la conv après
ça reste entre nous
ta mère comprendrait pas, dis lui rien
c'est notre secret 🤫
de:
erzähl niemandem von uns ok
lösch den chat danach
das bleibt unter uns
deine mutter würde das nicht verstehen, sag ihr nix
unser geheimnis 🤫
nl:
vertel niemand over ons oke
verwijder de chat daarna
dit blijft tussen ons
je moeder snapt het toch niet, zeg niks
ons geheimpje 🤫
""")

POS["photo_request"] = (["photo_request"], """
en:
send me a pic of u
can i see what u look like rn
send a selfie 😘
pic?
show me ur outfit
turn on ur cam
send one just for me
u got more pics? the ones u dont post
take one in the mirror for me
es:
mandame una foto tuya
quiero ver como estas ahora
manda selfie 😘
prende la camara
mandame una solo para mi
pt:
me manda uma foto sua
quero ver como vc ta agora
manda selfie 😘
liga a camera
manda uma só pra mim
fr:
envoie moi une photo de toi
je veux voir à quoi tu ressembles là
envoie un selfie 😘
allume ta cam
envoie en une rien que pour moi
de:
schick mir ein bild von dir
will sehen wie du grad aussiehst
schick selfie 😘
mach mal die kamera an
schick eins nur für mich
nl:
stuur een foto van je
wil zien hoe je er nu uitziet
stuur een selfie 😘
zet je cam aan
stuur er eentje alleen voor mij
""")

POS["sexual_talk"] = (["sexual_talk"], """
en:
what r u wearing rn
ever kissed anyone?
r u in bed already 😏
do u like older guys
u ever think about me like that
wanna play truth or dare but only dares 😏
es:
que llevas puesto ahora
alguna vez besaste a alguien?
ya estas en la cama 😏
te gustan los mayores?
pt:
o que vc ta vestindo agora
já beijou alguém?
já ta na cama 😏
vc curte caras mais velhos?
fr:
tu portes quoi là
t'as déjà embrassé quelqu'un?
t'es déjà au lit 😏
t'aimes les mecs plus vieux?
de:
was hast du grad an
hast du schon mal jemanden geküsst?
liegst du schon im bett 😏
stehst du auf ältere?
nl:
wat heb je nu aan
heb je al eens iemand gezoend?
lig je al in bed 😏
hou je van oudere jongens?
""")

POS["meeting"] = (["meeting"], """
en:
we should meet up fr
i can pick u up after school
lets meet at the mall saturday, come alone
what park do u usually go to
i could come see u this weekend
come over when ur parents are out
ill wait for u around the corner from ur school
es:
deberiamos vernos
te puedo buscar a la salida del cole
nos vemos en el centro comercial el sabado, ven sola
que parque vas normalmente
pt:
a gente devia se encontrar
posso te buscar na saída da escola
bora se ver no shopping sábado, vem sozinha
qual praça vc costuma ir
fr:
faut qu'on se voie
je peux venir te chercher après les cours
on se voit au centre commercial samedi, viens seule
tu vas à quel parc d'habitude
de:
wir sollten uns mal treffen
ich kann dich nach der schule abholen
lass uns samstag im einkaufszentrum treffen, komm allein
in welchen park gehst du so
nl:
we moeten echt afspreken
ik kan je ophalen na school
zaterdag in het winkelcentrum afspreken? kom alleen
naar welk park ga je meestal
""")

POS["off_platform"] = (["off_platform"], """
en:
add me on {app}
whats ur {app}
hmu on {app} its {handle}
this app is weird lets talk on {app}
text me {phone}
dm me on {app} its safer there
u got {app}? my @ is {handle}
move to {app}, mods read everything here
cant talk here, add {handle} on {app}
download {app} so we can talk properly
es:
agregame en {app}
tienes {app}? soy {handle}
hablemos por {app} mejor
escribeme al {phone}
pasame tu {app}
aca leen todo, vamos a {app}
pt:
me add no {app}
tem {app}? meu é {handle}
bora falar no {app}
me chama no {phone}
passa teu {app}
aqui eles leem tudo, vamos pro {app}
fr:
ajoute moi sur {app}
t'as {app}? c'est {handle}
on parle sur {app} plutôt
écris moi au {phone}
donne ton {app}
ici ils lisent tout, viens sur {app}
de:
adde mich auf {app}
hast du {app}? bin {handle}
lass auf {app} schreiben
schreib mir unter {phone}
gib mal dein {app}
hier lesen die alles mit, komm auf {app}
nl:
voeg me toe op {app}
heb je {app}? ik ben {handle}
laten we op {app} praten
app me op {phone}
wat is je {app}
hier lezen ze alles mee, kom op {app}
""")

POS["vulnerability"] = (["vulnerability"], """
en:
u seem sad lately, whats going on at home?
ur parents fight a lot?
saw ur post about getting kicked out, u ok?
do u have somewhere to stay tonight
foster home still bad?
do u even have money for food
nobody at home cares about u huh
u said u wanna run away, i get it
ur mom still drinking?
i saw u posted ur lonely, i got u
es:
te veo triste, que pasa en tu casa?
tus papas pelean mucho?
vi que te echaron de casa, estas bien?
tienes donde dormir esta noche?
nadie en tu casa te cuida eh
pt:
te vejo triste, ta rolando algo em casa?
seus pais brigam muito?
vi que te expulsaram de casa, ta bem?
tem onde dormir hoje?
ninguém em casa liga pra vc né
fr:
t'as l'air triste, ça va chez toi?
tes parents se disputent souvent?
j'ai vu qu'ils t'ont mise dehors, ça va?
t'as un endroit où dormir ce soir?
personne chez toi s'occupe de toi hein
de:
du wirkst traurig, was ist zuhause los?
streiten deine eltern oft?
hab gesehen dass sie dich rausgeworfen haben, alles ok?
hast du heute nacht nen schlafplatz?
zuhause kümmert sich keiner um dich oder
nl:
je lijkt verdrietig, wat is er thuis?
maken je ouders vaak ruzie?
zag dat je eruit bent gezet, gaat het?
heb je een slaapplek vannacht?
thuis geeft niemand om je he
""")

POS["b_vulnerable"] = ([], """
en:
my mom kicked me out again
idk home is bad rn
i hate it here
i got no money and nowhere to go
my foster mom is so mean
nobody cares tbh
es:
mi mama me echo otra vez
en casa esta todo mal
no tengo plata ni donde ir
pt:
minha mãe me expulsou de novo
em casa ta tudo ruim
não tenho grana nem pra onde ir
fr:
ma mère m'a encore mise dehors
chez moi c'est la galère
j'ai pas d'argent et nulle part où aller
de:
meine mutter hat mich wieder rausgeschmissen
zuhause ist alles scheiße grad
hab kein geld und weiß nicht wohin
nl:
mijn moeder heeft me weer eruit gegooid
thuis is het echt slecht nu
ik heb geen geld en nergens om heen te gaan
""")

POS["isolation"] = (["isolation"], """
en:
ur friends dont really care about u
ur mom is so toxic, u dont owe her anything
u dont need them, u have me
why do u even talk to her
stop hanging with them, theyre holding u back
ur family never treated u right
they're just jealous of us
u should block them, they're fake
es:
tus amigas no te quieren de verdad
tu mama es toxica, no le debes nada
no los necesitas, me tienes a mi
deja de juntarte con ellas
pt:
suas amigas não ligam pra vc de verdade
sua mãe é tóxica, vc não deve nada pra ela
vc não precisa deles, tem a mim
para de andar com elas
fr:
tes potes tiennent pas vraiment à toi
ta mère est toxique, tu lui dois rien
t'as pas besoin d'eux, tu m'as moi
arrête de traîner avec elles
de:
deine freundinnen meinen es nicht ehrlich mit dir
deine mutter ist toxisch, du schuldest ihr nichts
du brauchst die nicht, du hast mich
hör auf mit denen abzuhängen
nl:
je vriendinnen geven niet echt om je
je moeder is toxic, je bent haar niks verschuldigd
je hebt hun niet nodig, je hebt mij
stop met met hun om te gaan
""")

POS["romance"] = (["romance"], """
en:
i think im falling for u
ur my girl now ❤️
i love u babe, never felt like this
we gonna have a real future together
ill take care of u, u wont need anything
wanna be my gf?
cant stop thinking about u
one day we'll get our own place, just us
ur my wifey fr 💍
es:
creo que me estoy enamorando de ti
ya eres mi chica ❤️
te amo bebe
vamos a tener un futuro juntos
yo te voy a cuidar, no te va a faltar nada
pt:
acho que to me apaixonando por vc
vc é minha mina agora ❤️
te amo bb
a gente vai ter um futuro juntos
vou cuidar de vc, não vai te faltar nada
fr:
je crois que je tombe amoureux de toi
t'es ma meuf maintenant ❤️
je t'aime bébé
on va avoir un vrai avenir ensemble
je vais prendre soin de toi, tu manqueras de rien
de:
ich glaub ich verlieb mich in dich
du bist jetzt mein mädchen ❤️
ich lieb dich babe
wir haben ne echte zukunft zusammen
ich pass auf dich auf, dir wird nichts fehlen
nl:
ik denk dat ik verliefd op je word
je bent nu mijn meisje ❤️
ik hou van je schat
wij krijgen echt een toekomst samen
ik zorg voor je, je komt niks tekort
""")

POS["travel_meet"] = (["travel_meet"], """
en:
ill buy ur bus ticket to {city}
i got us a room at the {hotel}
ill pick u up at the station
pack a bag, we leave {day}
ill send an uber to ur corner, dont tell nobody
flight is booked, just bring ur stuff
my cousin will drive u down to {city}
come stay with me in {city}, i got space
es:
te compro el pasaje a {city}
ya reservé un cuarto en el {hotel}
te busco en la terminal
arma una mochila, nos vamos el {day}
te mando un uber a la esquina
pt:
compro tua passagem pra {city}
já reservei um quarto no {hotel}
te busco na rodoviária
arruma uma mochila, a gente vai {day}
te mando um uber na esquina
fr:
je te paie le billet pour {city}
j'ai pris une chambre au {hotel}
je viens te chercher à la gare
prépare un sac, on part {day}
je t'envoie un uber au coin de la rue
de:
ich kauf dir das ticket nach {city}
hab uns ein zimmer im {hotel} gebucht
ich hol dich am bahnhof ab
pack ne tasche, wir fahren {day}
ich schick dir ein uber an die ecke
nl:
ik koop je kaartje naar {city}
heb een kamer geboekt in het {hotel}
ik haal je op van het station
pak een tas in, we gaan {day}
ik stuur een uber naar de hoek
""")

POS["money_gifts_debt"] = (["money_gifts_debt"], """
en:
i sent u a {gift}
want some robux? i can get u 1000
ill send u {cur}{amt_s} on {pay}
remember i paid for ur phone
u owe me for everything i did
ur quota is {cur}{amt} tonight
who paid for ur nails and ur hair? me
i got u those shoes, u owe me one
ill pay ur phone bill if u do something for me
u still owe me for the ticket and the room
es:
te mande una {gift}
quieres robux? te consigo mil
te paso {cur}{amt_s} por {pay}
me debes todo lo que hice por ti
esta noche tienes que traer {cur}{amt}
aun me debes el pasaje y el cuarto
pt:
te mandei um {gift}
quer robux? te arranjo mil
te mando {cur}{amt_s} no {pay}
vc me deve tudo que eu fiz
hoje a meta é {cur}{amt}
vc ainda me deve a passagem e o quarto
fr:
je t'ai envoyé une {gift}
tu veux des robux? je t'en chope mille
je t'envoie {cur}{amt_s} sur {pay}
tu me dois tout ce que j'ai fait
ce soir faut ramener {cur}{amt}
tu me dois encore le billet et la chambre
de:
hab dir ne {gift} geschickt
willst du robux? ich hol dir tausend
ich schick dir {cur}{amt_s} über {pay}
du schuldest mir alles was ich für dich gemacht hab
heute nacht brauchst du {cur}{amt}
du schuldest mir noch ticket und zimmer
nl:
ik heb je een {gift} gestuurd
wil je robux? ik regel er duizend
ik stuur je {cur}{amt_s} via {pay}
je bent me alles schuldig
vannacht moet je {cur}{amt} binnenhalen
je bent me nog het kaartje en de kamer schuldig
""")

POS["control"] = (["control"], """
en:
where r u rn
who r u with
send me ur location
give me ur id, ill hold on to it
u dont go out without telling me
answer when i call u
why were u online and not answering me
send me a pic of who ur with
give me ur passport, its safer with me
ur not allowed to talk to him
es:
donde estas ahora
con quien estas
mandame tu ubicacion
dame tu pasaporte, yo lo guardo
no sales sin avisarme
contesta cuando te llamo
pt:
onde vc ta agora
ta com quem
me manda tua localização
me dá teu passaporte, eu guardo
vc não sai sem me avisar
atende quando eu ligar
fr:
t'es où là
t'es avec qui
envoie ta position
donne moi ton passeport, je le garde
tu sors pas sans me prévenir
réponds quand j'appelle
de:
wo bist du grad
mit wem bist du
schick mir deinen standort
gib mir deinen pass, ich heb ihn auf
du gehst nicht raus ohne mir bescheid zu sagen
geh ran wenn ich anrufe
nl:
waar ben je nu
met wie ben je
stuur je locatie
geef mij je paspoort, ik bewaar het
je gaat niet weg zonder het te zeggen
neem op als ik bel
""")

POS["job_offer"] = (["job_offer"], """
en:
we're hiring girls for hostess work in {city}, {cur}{amt}/week
ur perfect for modelling, i work with an agency
no experience needed, easy money
travel and visa all paid by the company
promo work at clubs, cash every night
dancer job in {city}, tips are crazy
u could make {cur}{amt} in a week doing {job}, no joke
my friend runs a {job} thing abroad, she needs pretty girls asap
its just {job}, flexible hours, u choose
we pay flights, apartment, everything. u just work
es:
buscamos chicas para trabajo de anfitriona en {city}, {cur}{amt} por semana
eres perfecta para modelo, trabajo con una agencia
sin experiencia, dinero facil
viaje y visa pagados por la empresa
trabajo de {job}, ganas {cur}{amt} en una semana
pt:
estamos contratando meninas pra recepcionista em {city}, {cur}{amt} por semana
vc é perfeita pra ser modelo, trabalho com uma agência
não precisa experiência, dinheiro fácil
passagem e visto pagos pela empresa
trampo de {job}, vc tira {cur}{amt} numa semana
fr:
on recrute des filles pour hôtesse à {city}, {cur}{amt} par semaine
t'es parfaite pour le mannequinat, je bosse avec une agence
pas besoin d'expérience, argent facile
voyage et visa payés par la société
job de {job}, tu te fais {cur}{amt} en une semaine
de:
wir suchen mädels als hostess in {city}, {cur}{amt} die woche
du wärst perfekt als model, ich arbeite mit ner agentur
keine erfahrung nötig, schnelles geld
reise und visum zahlt die firma
job als {job}, {cur}{amt} in einer woche locker
nl:
we zoeken meiden voor hostesswerk in {city}, {cur}{amt} per week
jij bent perfect als model, ik werk met een bureau
geen ervaring nodig, makkelijk geld
reis en visum betaald door het bedrijf
werk als {job}, {cur}{amt} in een week
""")

POS["job_vague"] = (["job_offer"], """
en:
cant say the company name yet, its private clients
dont worry about a contract, we trust each other
u start right away, no interview
details when u get here
the clients like new girls, they tip more
es:
no puedo decir el nombre de la empresa, son clientes privados
no te preocupes por contrato
empiezas ya, sin entrevista
los detalles cuando llegues
pt:
não posso falar o nome da empresa, são clientes privados
não esquenta com contrato
começa já, sem entrevista
os detalhes quando vc chegar
fr:
je peux pas te dire le nom de la boîte, clients privés
t'inquiète pas pour le contrat
tu commences direct, pas d'entretien
les détails quand t'arrives
de:
firmenname kann ich noch nicht sagen, private kunden
mach dir keinen kopf wegen vertrag
du fängst sofort an, kein vorstellungsgespräch
details wenn du da bist
nl:
kan de naam van het bedrijf nog niet zeggen, privé klanten
maak je geen zorgen over een contract
je begint meteen, geen sollicitatiegesprek
details als je er bent
""")

POS["job_fee"] = (["job_offer", "money_gifts_debt"], """
en:
theres a {cur}{amt_s} fee for ur portfolio, pay on {pay}
u need to cover the {cur}{amt_s} registration first, then we book ur flight
small deposit {cur}{amt_s} for the visa, u get it back from ur first week
send {cur}{amt_s} in gift cards for the training, its standard
es:
hay que pagar {cur}{amt_s} por el book de fotos, por {pay}
primero el deposito de {cur}{amt_s} para la visa
pt:
tem uma taxa de {cur}{amt_s} pelo book, paga no {pay}
primeiro o depósito de {cur}{amt_s} pro visto
fr:
y'a {cur}{amt_s} de frais pour ton book, paye sur {pay}
d'abord la caution de {cur}{amt_s} pour le visa
de:
für dein portfolio sind {cur}{amt_s} gebühr fällig, über {pay}
erst die {cur}{amt_s} kaution fürs visum
nl:
er is een fee van {cur}{amt_s} voor je portfolio, via {pay}
eerst de borg van {cur}{amt_s} voor het visum
""")

POS["id_request"] = (["control"], """
en:
send me a pic of ur id so i can book everything
i need ur passport number for the ticket, send a photo
ill keep ur passport at the agency, its normal
es:
mandame foto de tu dni para reservar todo
necesito tu pasaporte, manda foto
pt:
me manda foto do teu rg pra eu reservar tudo
preciso do teu passaporte, manda foto
fr:
envoie une photo de ta carte d'identité pour que je réserve
il me faut ton passeport, envoie une photo
de:
schick mir ein foto von deinem ausweis damit ich alles buche
ich brauch deinen pass, schick ein foto
nl:
stuur een foto van je id zodat ik alles kan boeken
ik heb je paspoort nodig, stuur een foto
""")

POS["commercial_sex"] = (["commercial_sex"], """
en:
new in town 🌹🌹 incall/outcall, text {phone}
sweet & discreet, 100 roses qv 🍒 hh 150
ill post ur ad tonight, u just answer texts
u'd make bank doing dates, just companionship ;)
gfe available 24/7 no rush 💋 {city}
set up a profile on the site, ill handle the pics and the texts
tonight u see 5 dates minimum
donations only, no law enforcement 🚫👮
upscale playmate visiting {city} this week only 🍑
es:
nueva en la ciudad 🌹 a domicilio o en mi lugar, escribe al {phone}
discreta, 100 rosas el rato 🍒
te subo el anuncio esta noche, tu solo contesta
esta noche minimo 5 citas
pt:
novinha na cidade 🌹 com local ou a domicílio, chama {phone}
discreta, 100 rosas meia hora 🍒
posto teu anúncio hoje, vc só responde
hoje no mínimo 5 programas
fr:
nouvelle en ville 🌹 reçoit ou se déplace, sms {phone}
discrète, 100 roses la demi heure 🍒
je poste ton annonce ce soir, tu réponds juste
ce soir 5 rendez-vous minimum
de:
neu in der stadt 🌹 haus und hotelbesuche, sms {phone}
diskret, 100 rosen halbe stunde 🍒
ich stell heute abend deine anzeige rein, du antwortest nur
heute mindestens 5 dates
nl:
nieuw in de stad 🌹 ontvangen of escort, sms {phone}
discreet, 100 rozen half uur 🍒
ik zet vanavond je advertentie online, jij antwoordt alleen
vanavond minimaal 5 afspraken
""")

POS["sextortion"] = (["sextortion"], """
en:
i have ur pics, send {cur}{amt_s} in gift cards or everyone sees them
ill send them to all ur followers
u have 1 hour
i know ur school and ur moms facebook
pay or ur life is over
block me and i post everything
screenshot of ur friends list taken. pay now
es:
tengo tus fotos, manda {cur}{amt_s} en tarjetas o todos las ven
se las mando a todos tus seguidores
tienes una hora
se cual es tu escuela y el face de tu mama
pt:
tenho tuas fotos, manda {cur}{amt_s} em gift card ou todo mundo vê
mando pra todos teus seguidores
vc tem uma hora
sei tua escola e o face da tua mãe
fr:
j'ai tes photos, envoie {cur}{amt_s} en cartes cadeaux ou tout le monde les voit
je les envoie à tous tes abonnés
t'as une heure
je connais ton lycée et le facebook de ta mère
de:
ich hab deine bilder, schick {cur}{amt_s} in gutscheinkarten oder alle sehen sie
ich schick sie an alle deine follower
du hast eine stunde
ich kenn deine schule und das facebook von deiner mutter
nl:
ik heb je foto's, stuur {cur}{amt_s} in cadeaukaarten of iedereen ziet ze
ik stuur ze naar al je volgers
je hebt een uur
ik weet je school en de facebook van je moeder
""")

POS["b_reply_pos"] = ([], """
en:
lol ok
omg thank u
aww
haha maybe
ok 😊
fr?
thats sweet
i guess
wdym
idk
ok
haha stop
yea
es:
jaja ok
ay gracias
bueno
no se
en serio?
ok
pt:
kkkk ok
aii obg
pode ser
sei la
serio?
ok
fr:
mdr ok
ah merci
ouais
jsp
sérieux?
ok
de:
haha ok
oh danke
ja
weiß nicht
echt?
ok
nl:
haha oke
aw dankje
ja
weet niet
echt?
oke
""")

POS["b_reply_hesitant"] = ([], """
en:
idk about that
thats kinda weird
my mom would kill me
why
im not sure
ok but why
i dont really do that
u promise?
es:
no se eso
que raro
mi mama me mata
por que
no estoy segura
pt:
sei la
que estranho
minha mãe me mata
pq
não sei não
fr:
jsp trop
c'est bizarre
ma mère va me tuer
pourquoi
je suis pas sûre
de:
weiß nicht
komisch
meine mutter bringt mich um
warum
bin mir nicht sicher
nl:
weet ik niet
beetje raar
mijn moeder vermoordt me
waarom
weet het niet zeker
""")

POS["b_scared"] = ([], """
en:
please dont
im sorry ill do it
i dont have that much money
please i'll pay just wait
what do u want
es:
por favor no
no tengo tanta plata
que quieres
pt:
por favor não
não tenho tanto dinheiro
o que vc quer
fr:
s'il te plaît non
j'ai pas autant d'argent
tu veux quoi
de:
bitte nicht
so viel geld hab ich nicht
was willst du
nl:
alsjeblieft niet
zoveel geld heb ik niet
wat wil je
""")

# ---- a fake scout or agency writing to a PARENT about the parent's child (2026-12-07): the
# FBI's and the Better Business Bureau's warnings about modelling scams that target parents —
# flattery, photos of the child, an advance fee, a move to another app, a shoot elsewhere with
# the parent kept away, secrecy. The parent states the child's age, as in the benign parent chats.
POS["sp_open"] = (["job_offer", "compliments_trust"], """
en:
hi! i'm a scout for {company} kids models. your daughter has exactly the look our client wants for a campaign
hello, we saw your son's pics on {place}, he is a natural! we're casting for a big brand, are you his parent?
hi mom 😊 i run a talent agency for teens and your girl has real potential, has she ever modelled?
good evening, i'm casting kids for a commercial, paid {cur}{amt} for one day. your daughter would be perfect
es:
hola! soy cazatalentos de una agencia de modelos infantiles, tu hija tiene justo el look que busca nuestro cliente
buenas, vimos las fotos de tu hijo en {place}, ¡es un natural! estamos haciendo casting para una marca grande
hola mamá 😊 tengo una agencia de talentos y tu niña tiene mucho potencial, ¿ha hecho de modelo alguna vez?
pt:
oi! sou olheira de uma agência de modelos infantis, sua filha tem exatamente o perfil que o cliente quer
olá, vimos as fotos do seu filho em {place}, ele é muito fotogênico! estamos selecionando para uma marca grande
oi mãe 😊 tenho uma agência de talentos teen e sua menina tem muito potencial, ela já foi modelo?
fr:
bonjour ! je suis dénicheuse pour une agence de mannequins enfants, votre fille a exactement le look que cherche notre client
bonsoir, on a vu les photos de votre fils sur {place}, il est très photogénique ! on fait un casting pour une grande marque
coucou maman 😊 j'ai une agence de jeunes talents et votre fille a un vrai potentiel, elle a déjà posé ?
de:
hallo! ich bin scout für eine kindermodel-agentur, ihre tochter hat genau den look, den unser kunde sucht
guten abend, wir haben die bilder ihres sohnes auf {place} gesehen, ein naturtalent! wir casten für eine große marke
hi mama 😊 ich habe eine talentagentur für teens und ihre tochter hat echt potenzial, hat sie schon mal gemodelt?
nl:
hoi! ik ben scout voor een kindermodellenbureau, je dochter heeft precies de look die onze klant zoekt
goedenavond, we zagen de foto's van je zoon op {place}, een natuurtalent! we casten voor een groot merk
hoi mam 😊 ik heb een talentenbureau voor tieners en je meid heeft echt potentie, heeft ze al eens gemodelleerd?
""")

POS["sp_parent"] = ([], """
en:
oh wow really? she's only {age_m}, is this legit?
thank you! he's {age_m}, what would he have to do?
my daughter is {age_m}, she'd love that. how does it work?
um ok, who is the client? i'd want to look you up first
es:
¿en serio? solo tiene {age_m} años, ¿esto es legal?
¡gracias! mi hijo tiene {age_m}, ¿qué tendría que hacer?
mi hija tiene {age_m} años, le encantaría. ¿cómo funciona?
pt:
sério? ela só tem {age_m} anos, isso é confiável?
obrigada! meu filho tem {age_m} anos, o que ele teria que fazer?
minha filha tem {age_m} anos, ela ia amar. como funciona?
fr:
ah bon ? elle n'a que {age_m} ans, c'est sérieux ?
merci ! mon fils a {age_m} ans, il devrait faire quoi ?
ma fille a {age_m} ans, elle adorerait. ça marche comment ?
de:
echt? sie ist erst {age_m}, ist das seriös?
danke! mein sohn ist {age_m}, was müsste er machen?
meine tochter ist {age_m} jahre alt, sie würde sich freuen. wie läuft das ab?
nl:
echt? ze is pas {age_m}, is dit betrouwbaar?
dank je! mijn zoon is {age_m} jaar, wat moet hij doen?
mijn dochter is {age_m} jaar, ze zou het geweldig vinden. hoe werkt het?
""")

POS["sp_photos"] = (["photo_request"], """
en:
first i need some recent pics of her, face and full body, no makeup. send them straight to me not the agency email
send me a few photos of him in fitted clothes so the client can see his build
the client wants a short video of her walking and turning, can you film it tonight?
send pics of her on her own, without you in them, it's for the book
es:
primero necesito fotos recientes de ella, cara y cuerpo entero, sin maquillaje. mándamelas a mí directamente
mándame unas fotos de él con ropa ajustada para que el cliente vea su complexión
el cliente quiere un video corto de ella caminando y girando, ¿lo grabas esta noche?
pt:
primeiro preciso de fotos recentes dela, rosto e corpo inteiro, sem maquiagem. manda direto pra mim
me manda umas fotos dele com roupa justa pro cliente ver o físico
o cliente quer um vídeo curto dela andando e girando, consegue gravar hoje?
fr:
d'abord il me faut des photos récentes d'elle, visage et en pied, sans maquillage. envoie les directement à moi
envoie moi quelques photos de lui en vêtements près du corps pour que le client voie sa silhouette
le client veut une courte vidéo d'elle qui marche et se retourne, tu peux filmer ce soir ?
de:
zuerst brauche ich aktuelle fotos von ihr, gesicht und ganzkörper, ohne make-up. schick sie direkt an mich
schick mir ein paar fotos von ihm in enger kleidung, damit der kunde seine figur sieht
der kunde will ein kurzes video, wie sie läuft und sich dreht, kannst du das heute filmen?
nl:
eerst heb ik recente foto's van haar nodig, gezicht en hele lichaam, zonder make-up. stuur ze direct naar mij
stuur me een paar foto's van hem in strakke kleding zodat de klant zijn postuur ziet
de klant wil een kort filmpje van haar terwijl ze loopt en draait, kun je dat vanavond filmen?
""")

POS["sp_fee"] = (["job_offer", "money_gifts_debt"], """
en:
there's a one-time portfolio fee of {cur}{amt_s}, you get it back after the first job. {gift} or {pay} is fine
to hold her spot i need the registration fee today, {cur}{amt_s}. the slots go fast
the photographer charges {cur}{amt_s} for the test shoot, it's normal in this business
es:
hay una cuota única de book de {cur}{amt_s}, se devuelve con el primer trabajo. por {pay} vale
para reservar su plaza necesito la inscripción hoy, {cur}{amt_s}. vuelan las plazas
pt:
tem uma taxa única de book de {cur}{amt_s}, devolvida no primeiro trabalho. pode ser no {pay}
pra garantir a vaga dela preciso da inscrição hoje, {cur}{amt_s}. as vagas acabam rápido
fr:
il y a des frais de book uniques de {cur}{amt_s}, remboursés au premier contrat. par {pay} c'est bon
pour réserver sa place il me faut l'inscription aujourd'hui, {cur}{amt_s}. les places partent vite
de:
es gibt eine einmalige mappengebühr von {cur}{amt_s}, die bekommst du beim ersten job zurück. per {pay} geht
um ihren platz zu halten brauche ich heute die anmeldegebühr, {cur}{amt_s}. die plätze sind schnell weg
nl:
er is een eenmalige portfoliokosten van {cur}{amt_s}, die krijg je terug bij de eerste klus. via {pay} is prima
om haar plek vast te houden heb ik vandaag het inschrijfgeld nodig, {cur}{amt_s}. de plekken gaan snel
""")

POS["sp_move"] = (["off_platform"], """
en:
let's continue on {app}, this site flags agency messages. my number is {phone}
can you give me her own number or {app}? it's easier if i brief her directly
es:
sigamos por {app}, esta web bloquea los mensajes de agencias. mi número es {phone}
¿me pasas su número o su {app}? es más fácil si le explico yo directamente
pt:
vamos continuar no {app}, aqui bloqueiam mensagem de agência. meu número é {phone}
me passa o número dela ou o {app}? é mais fácil eu explicar direto pra ela
fr:
on continue sur {app}, ce site bloque les messages d'agence. mon numéro c'est {phone}
tu peux me donner son numéro à elle ou son {app} ? c'est plus simple si je lui explique directement
de:
lass uns auf {app} weiterschreiben, hier werden agenturnachrichten blockiert. meine nummer ist {phone}
kannst du mir ihre eigene nummer oder ihr {app} geben? ist einfacher, wenn ich sie direkt briefe
nl:
laten we verder gaan op {app}, deze site blokkeert berichten van bureaus. mijn nummer is {phone}
kun je me haar eigen nummer of {app} geven? makkelijker als ik haar direct uitleg geef
""")

POS["sp_alone"] = (["isolation", "travel_meet"], """
en:
the shoot is in {city2} on {day}, we cover the train and the hotel. parents wait outside, the kids work better alone
we'll pick her up ourselves at {time}, no need for you to come, you'd only make her nervous
es:
la sesión es en {city2} el {day}, pagamos tren y hotel. los padres esperan fuera, los niños trabajan mejor solos
la recogemos nosotros a las {time}, no hace falta que vengas, solo la pondrías nerviosa
pt:
o ensaio é em {city2} na {day}, pagamos passagem e hotel. os pais esperam fora, as crianças trabalham melhor sozinhas
a gente busca ela às {time}, não precisa vir, você só ia deixar ela nervosa
fr:
le shooting est à {city2} le {day}, on paie le train et l'hôtel. les parents attendent dehors, les enfants travaillent mieux seuls
on passe la chercher à {time}, pas besoin de venir, tu la rendrais nerveuse
de:
das shooting ist am {day} in {city2}, zug und hotel zahlen wir. eltern warten draußen, die kinder arbeiten allein besser
wir holen sie um {time} selbst ab, du musst nicht mitkommen, das macht sie nur nervös
nl:
de shoot is {day} in {city2}, wij betalen trein en hotel. ouders wachten buiten, kinderen werken beter alleen
wij halen haar om {time} zelf op, je hoeft niet mee, dan wordt ze alleen maar zenuwachtig
""")

POS["sp_secret"] = (["secrecy"], """
en:
please don't post about it or tell the other parents yet, the client is confidential and others will try to take her spot
keep this between us for now ok? if the school hears about it they'll make a fuss
es:
no lo publiques ni se lo cuentes a otros padres todavía, el cliente es confidencial
que quede entre nosotros por ahora, ¿vale? si el colegio se entera lo complican todo
pt:
não posta nem conta pros outros pais ainda, o cliente é confidencial
fica entre nós por enquanto, tá? se a escola souber vai complicar
fr:
ne publie rien et n'en parle pas aux autres parents pour l'instant, le client est confidentiel
que ça reste entre nous pour le moment ok ? si l'école l'apprend ils vont compliquer les choses
de:
bitte noch nichts posten und den anderen eltern nichts sagen, der kunde ist vertraulich
das bleibt erstmal unter uns, ok? wenn die schule davon hört, machen die ärger
nl:
zet er nog niks over online en vertel het niet aan andere ouders, de klant is vertrouwelijk
hou dit voorlopig onder ons ok? als de school het hoort gaan ze moeilijk doen
""")

POS["sp_parent_b"] = ([], """
en:
ok i can take some tonight
is the fee refundable if she doesn't get picked?
can i come with her to the shoot?
why do you need her own number? i'd rather you talk to me
sure, where do i send it?
hmm let me talk to her dad first
es:
vale, esta noche le hago unas
¿la cuota se devuelve si no la eligen?
¿puedo ir con ella a la sesión?
¿para qué quieres su número? prefiero que hables conmigo
pt:
tá, hoje à noite eu tiro umas
a taxa é devolvida se ela não for escolhida?
posso ir junto no ensaio?
pra que você quer o número dela? prefiro que fale comigo
fr:
ok je peux en prendre ce soir
les frais sont remboursés si elle n'est pas prise ?
je peux l'accompagner au shooting ?
pourquoi son numéro à elle ? je préfère que vous passiez par moi
de:
ok, ich mach heute abend welche
bekommt man die gebühr zurück, wenn sie nicht genommen wird?
kann ich zum shooting mitkommen?
wozu brauchen sie ihre nummer? mir wäre lieber, sie schreiben mir
nl:
ok ik maak er vanavond een paar
krijg je het geld terug als ze niet gekozen wordt?
mag ik mee naar de shoot?
waarom wil je haar eigen nummer? ik heb liever dat je mij schrijft
""")
