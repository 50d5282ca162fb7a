#!/usr/bin/env python3
"""Writes newcomers.jsonl (newcomers-v1, 2026-12-07, eighth session): 48 benign conversations in
which someone introduces themselves as new to a place ("just moved here", "new in town", "new to the
area", "im 35, just moved here") - new neighbours, coworkers, classmates, gym and church members,
parents at a school gate, adults on a dating app, a new coach introduced to parents - often with an
age and a handle or number swapped, in six languages. The message model had learnt "just moved here"
from recruiters' and advertisers' openings (0.70 for the phrase alone) and flagged a 35-year-old's
self-introduction in a class group chat (crates/lurewatch/tests/detector_cli.rs,
`a_group_chat_is_read_per_participant_not_pooled`). Non-explicit; invented names; 555-01xx numbers.

    python3 data/corpus/make_newcomers.py
"""
import json
import os

convs = [
 ("en", [("a", "hi! im 35, just moved here from denver"), ("b", "welcome to the building! im in 4b"), ("a", "nice to meet you. any good coffee nearby?"), ("b", "corner place on 5th, best croissants")]),
 ("en", [("a", "just moved here last week, is there a pickup soccer game on weekends?"), ("b", "yes! sundays 10am at riverside park"), ("a", "awesome, ill come by"), ("b", "bring water, it gets hot")]),
 ("en", [("a", "hey, new in town and looking for a running group"), ("b", "we meet tuesdays 6pm at the library steps"), ("a", "perfect, thanks"), ("b", "add me on whatsapp for the group chat, 555-0137")]),
 ("en", [("a", "Hi all, I'm Priya, just moved here with my two kids. Any pediatrician recommendations?"), ("b", "Dr. Alvarez on Main St is great"), ("a", "Thank you so much!"), ("c", "Welcome Priya! The library has a toddler story hour on Wednesdays")]),
 ("en", [("a", "im new here, started today in accounts"), ("b", "welcome! im sam from IT, lunch at 12 in the kitchen"), ("a", "see you there"), ("b", "add me on teams, same name")]),
 ("en", [("a", "hey im 29, new to the area, what do people do for fun here"), ("b", "trivia thursdays at the brewery and hiking"), ("a", "sounds good"), ("b", "my snap is the same as here if u want the trivia group")]),
 ("en", [("a", "just moved here for uni, anyone know where the laundromat is"), ("b", "round the back of the chemist"), ("a", "cheers"), ("b", "no worries, welcome to the flat")]),
 ("en", [("a", "hi im the new assistant coach, just moved here from leeds"), ("b", "welcome! the parents group is on whatsapp, ill add you"), ("a", "thanks, training plan for saturday coming tonight"), ("b", "great, see you at the pitch")]),
 ("en", [("a", "Matched! Im 41, new in town, work in logistics"), ("b", "Hi! 38, been here 10 years, happy to show you around"), ("a", "Coffee saturday?"), ("b", "Sure, the market cafe at 11")]),
 ("en", [("a", "hey neighbour, we just moved in next door"), ("b", "welcome! bin day is thursday btw"), ("a", "good to know thanks"), ("b", "heres my number if you need anything 555-0154")]),
 ("en", [("a", "new kid here lol, just moved from texas. what lunch table do ppl sit at"), ("b", "sit with us, table by the window"), ("a", "thx"), ("b", "add me on insta its jake.r")]),
 ("en", [("a", "Hello, we're new to the parish, just moved here in June"), ("b", "Welcome! Coffee after the 10 o'clock mass on Sundays"), ("a", "Lovely, we'll be there"), ("b", "Bring the kids, there's a youth choir too")]),
 ("en", [("a", "im 52 and just moved here to be near my grandkids"), ("b", "welcome! the seniors walking club meets at 9"), ("a", "i might join"), ("b", "we have a facebook group, search Elm Park Walkers")]),
 ("en", [("a", "just moved here, does anyone know a good dentist"), ("b", "Smile Studio on 3rd, they take most insurance"), ("a", "thanks!"), ("b", "np, welcome to the neighbourhood group")]),
 ("en", [("a", "hey, im the new barista, just moved here from manila"), ("b", "welcome! shifts are on the sheet by the fridge"), ("a", "salamat"), ("b", "add the team chat, ill send you the link")]),
 ("en", [("a", "im 31, new in town for work, any climbing gyms"), ("b", "Boulder Barn on 8th, intro night wednesdays"), ("a", "sweet, thanks"), ("b", "say hi to mike at the desk")]),
 ("en", [("a", "just moved here and my wifi is down, anyone else?"), ("b", "whole street is out, they said 6pm"), ("a", "ugh ok"), ("b", "cafe on the corner has wifi")]),
 ("en", [("a", "Hi, I'm the new year 5 teacher, just moved here from Cardiff"), ("b", "Welcome Ms Hughes! My daughter is in your class"), ("a", "Lovely, parents' evening is on the 14th"), ("b", "See you then")]),
 ("en", [("a", "new in town, where do people go dancing"), ("b", "salsa night at la plaza on fridays"), ("a", "amazing"), ("b", "im going this week, text me 555-0119 and we can meet there with my friends")]),
 ("en", [("a", "hey im 24, just moved here for a nursing job"), ("b", "welcome! which hospital"), ("a", "st marys, nights to start"), ("b", "my sister works there, ill tell her to say hi")]),
 ("en", [("a", "just moved here with my partner, anyone know a vet"), ("b", "Paws & Claws, ask for Dr Chen"), ("a", "thank you"), ("b", "what kind of dog?")]),
 ("en", [("a", "im new to the team, just moved here from lagos"), ("b", "welcome! standup is at 9:30"), ("a", "great, ill be there"), ("b", "ill add you to the slack channel")]),
 ("en", [("a", "hi, we just moved here, does the school bus stop on oak street"), ("b", "yes at 7:40 by the mailbox"), ("a", "thanks so much"), ("b", "my son takes it too, he can show yours around")]),
 ("en", [("a", "im 45, new in town, looking for a book club"), ("b", "we meet first monday at the library"), ("a", "lovely"), ("b", "this month is a mystery novel, ill email you the title")]),
 ("en", [("a", "just moved here and dont know anyone lol"), ("b", "come to the quiz at the red lion tonight, we need a 6th"), ("a", "haha ok"), ("b", "7pm, team name is the usual suspects")]),
 ("es", [("a", "hola, tengo 33 años y me acabo de mudar aquí"), ("b", "¡bienvenida al barrio! soy del 3B"), ("a", "encantada, ¿hay un mercado cerca?"), ("b", "el de la plaza, los sábados")]),
 ("es", [("a", "soy nuevo en la ciudad, ¿alguien juega fútbol los domingos?"), ("b", "sí, en el parque a las 10"), ("a", "genial"), ("b", "te agrego al grupo de whatsapp")]),
 ("es", [("a", "buenas, acabo de llegar al barrio, ¿dónde hay una farmacia?"), ("b", "en la esquina de la calle mayor"), ("a", "gracias"), ("b", "de nada, bienvenido")]),
 ("es", [("a", "hola soy la nueva profe de inglés, me acabo de mudar desde sevilla"), ("b", "¡bienvenida! mi hijo está en su clase"), ("a", "qué bien, reunión de padres el jueves"), ("b", "allí estaremos")]),
 ("pt", [("a", "oi, tenho 36 anos e acabei de me mudar pra cá"), ("b", "seja bem-vinda! moro no 402"), ("a", "prazer, tem padaria boa perto?"), ("b", "a da esquina, pão quentinho às 7")]),
 ("pt", [("a", "sou novo na cidade, alguém joga vôlei?"), ("b", "sábado na praia às 9"), ("a", "show"), ("b", "te adiciono no grupo do zap")]),
 ("pt", [("a", "acabei de chegar ao bairro, onde fica o centro de saúde?"), ("b", "na rua de cima, ao lado da escola"), ("a", "obrigada"), ("b", "bem-vinda!")]),
 ("pt", [("a", "olá, sou o novo treinador, acabei de me mudar de Braga"), ("b", "bem-vindo! o grupo dos pais é no whatsapp"), ("a", "obrigado, o plano do treino vai hoje"), ("b", "até sábado")]),
 ("fr", [("a", "salut, j'ai 34 ans et je viens d'emménager ici"), ("b", "bienvenue dans l'immeuble ! je suis au 2e"), ("a", "enchantée, il y a une boulangerie près ?"), ("b", "au coin de la rue, elle ouvre à 7h")]),
 ("fr", [("a", "je suis nouveau en ville, quelqu'un joue au foot le dimanche ?"), ("b", "oui au parc à 10h"), ("a", "top"), ("b", "je t'ajoute au groupe whatsapp")]),
 ("fr", [("a", "bonjour, je viens d'arriver dans le quartier, un bon médecin ?"), ("b", "Dr Martin rue de la gare"), ("a", "merci"), ("b", "bienvenue !")]),
 ("fr", [("a", "bonjour, je suis la nouvelle maîtresse de CM1, je viens de Lille"), ("b", "bienvenue ! ma fille est dans votre classe"), ("a", "réunion des parents mardi"), ("b", "on y sera")]),
 ("de", [("a", "hallo, ich bin 38 und gerade hergezogen"), ("b", "willkommen im haus! ich wohne im 2. stock"), ("a", "freut mich, gibt es hier einen bäcker?"), ("b", "an der ecke, ab 6 uhr offen")]),
 ("de", [("a", "bin neu in der stadt, spielt hier jemand sonntags fußball?"), ("b", "ja, im park um 10"), ("a", "super"), ("b", "ich füg dich zur whatsapp gruppe hinzu")]),
 ("de", [("a", "hallo, wir sind neu in der nachbarschaft, wann ist müllabfuhr?"), ("b", "donnerstags"), ("a", "danke!"), ("b", "willkommen")]),
 ("de", [("a", "Guten Tag, ich bin die neue Trainerin, gerade aus Köln hergezogen"), ("b", "Willkommen! Die Elterngruppe ist auf WhatsApp"), ("a", "Danke, der Trainingsplan kommt heute Abend"), ("b", "Bis Samstag")]),
 ("nl", [("a", "hoi, ik ben 32 en net hier komen wonen"), ("b", "welkom in de straat! ik woon op 14"), ("a", "leuk, is er een goede bakker?"), ("b", "om de hoek, vanaf 7 uur open")]),
 ("nl", [("a", "ben nieuw in de stad, speelt iemand zondag voetbal?"), ("b", "ja in het park om 10 uur"), ("a", "top"), ("b", "ik voeg je toe aan de appgroep")]),
 ("nl", [("a", "hallo, we zijn net verhuisd, wanneer wordt het afval opgehaald?"), ("b", "dinsdag"), ("a", "dank je"), ("b", "welkom!")]),
 ("nl", [("a", "Hallo, ik ben de nieuwe juf van groep 6, net verhuisd uit Utrecht"), ("b", "Welkom! Mijn zoon zit in uw groep"), ("a", "Fijn, ouderavond is donderdag"), ("b", "Tot dan")]),
 ("en", [("a", "hi im 27, moved here in march, looking for a tennis partner"), ("b", "im 30, play most saturdays"), ("a", "great, courts at 9?"), ("b", "deal, my number is 555-0163")]),
 ("en", [("a", "just moved here from glasgow, anyone know a good barber"), ("b", "Tony's on the high street"), ("a", "cheers pal"), ("b", "tell him i sent you")]),
 ("en", [("a", "we are new in town, any family friendly restaurants"), ("b", "the pizza place by the park has a play area"), ("a", "perfect, thanks"), ("b", "welcome!")]),
]
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "newcomers.jsonl"), "w", encoding="utf-8") as f:
    for i, (lang, msgs) in enumerate(convs):
        cid = f"nc{i + 1:03d}"
        f.write(json.dumps({
            "id": cid, "label": 0, "codes": [], "lang": lang, "source": "newcomers-v1",
            "messages": [
                {"sender": f"{cid}{s}", "recipient": f"{cid}" + ("b" if s == "a" else "a"), "text": t}
                for s, t in msgs
            ],
        }, ensure_ascii=False) + "\n")
print(len(convs))
