#!/usr/bin/env python3
"""Blind probe set p54: fictional grooming / trafficking-recruitment probes
and hard negatives. Standard library only, deterministic output.
All names, handles, numbers (555-01xx) and URLs (example.com/.org) invented."""
import json
import os
import random
import re
from datetime import datetime, timedelta

NN = "54"
CONVS = []
ALLOWED_CODES = {
    "job_offer", "romance", "vulnerability", "isolation", "secrecy",
    "off_platform", "travel_meet", "money_gifts_debt", "control",
    "commercial_sex", "sextortion", "age_probe", "compliments_trust",
    "risk_assessment", "exclusivity", "photo_request", "sexual_talk",
    "meeting",
}
UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def conv(key, label, codes, lang, kind, a, b, start, body):
    """body: lines 'A|text' or 'B+2h|text' (A/B = speaker, optional gap)."""
    rng = random.Random("p54-" + key)
    t = datetime.strptime(start, "%Y-%m-%dT%H:%M")
    users = {"A": (a, b), "B": (b, a)}
    msgs = []
    first = True
    for raw in body.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        head, text = line.split("|", 1)
        who, gap = head[0], head[1:]
        if first:
            first = False
        elif gap:
            t += timedelta(seconds=int(gap[1:-1]) * UNIT[gap[-1]]
                           + rng.randint(0, 50))
        else:
            t += timedelta(seconds=rng.randint(18, 260))
        s, r = users[who]
        msgs.append({"sender": s, "recipient": r,
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                     "text": text.strip()})
    CONVS.append({"key": key, "label": label,
                  "codes": list(codes) if label == 1 else [],
                  "lang": lang, "kind": kind, "messages": msgs})


# ---------------------------------------------------------------------------
# PART 1: single posts / first messages (15): 7 positive, 8 negative
# ---------------------------------------------------------------------------

conv("s01", 1, ["job_offer", "travel_meet", "money_gifts_debt", "off_platform",
                "photo_request", "age_probe"], "en", "single",
     "ChiomaTravels_Consult", "group:LagosJobsOpportunities", "2026-02-03T08:14", """
A|URGENT URGENT 🚨🚨 Hotel & Restaurant staff needed in Dubai and Oman. LADIES ONLY, age 18-26, must be slim and presentable. Salary $2,800 - $3,500 monthly + accommodation free!! No experience no qualification needed. Our agent will handle ticket, visa and everything, you will refund small small from your salary when you start. Limited slots o. Interested girls should chat me on whatsapp 555-0134 with your full picture and age. God bless 🙏
""")

conv("s02", 1, ["job_offer", "photo_request", "age_probe", "travel_meet",
                "secrecy"], "en", "single",
     "luxe.faces.mgmt", "public", "2026-03-11T21:40", """
A|📸 NEW FACES WANTED 📸 we're scouting girls 16-21 for paid shoots + brand campaigns ✨ no experience, no portfolio, no problem!! $400-$900 per shoot, trips to LA & miami covered 🌴✈️ DM us 3 recent selfies (no filters pls) + ur age + city. parents dont need to be involved at this stage, we explain everything once ur booked 💋 #modelsearch #newfaces #scouting
""")

conv("s03", 1, ["compliments_trust", "age_probe", "job_offer", "off_platform"],
     "en", "single", "jaydn.k09", "lil.amz_dance", "2026-04-02T16:05", """
A|heyy saw ur dance vids on tt ur actually sooo good 😭🔥 not even being weird but my mate manages a few young creators n gets them proper paid brand deals. how old r u btw? if ur like 14 15 thats the perfect age for what hes after. add me on s n a p its jaydn.k09 easier to chat there x
""")

conv("s04", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request",
                "off_platform"], "en", "single",
     "SaiOverseasManpower", "group:Hyd_Walkin_Jobs_2026", "2026-01-19T10:02", """
A|Respected Sir/Madam, Greetings from Sai Overseas Manpower Consultancy. URGENT REQUIREMENT for FEMALE candidates for the post of Spa Receptionist / Wellness Therapist at reputed 5-star establishment in Muscat & Kuala Lumpur. Age: 18 to 24 years only. Fair complexion, slim figure, good communication skills. Salary: INR 85,000/- per month + attractive tips + free food & accommodation. No prior experience required, training will be given on site. Air ticket & visa processing charges will be adjusted from first 3 months salary. Interested candidates kindly send passport copy and 2 full-length photographs on WhatsApp 555-0141 (Mr. Rajesh). Interview on phone only. Joining immediate. Kindly do the needful.
""")

conv("s05", 1, ["compliments_trust", "age_probe", "money_gifts_debt",
                "off_platform", "secrecy"], "en", "single",
     "n1ghtr4v3n_", "zacc_attack13", "2026-05-09T19:51", """
A|oi ur the legend who clutched that last round haha 😂 u cant be more than like 13 14 right?? ur better than my whole clan lol. got a spare $50 gift card code sittin here, u can have it for skins no catch. add me on disc its n1ghtr4v3n_ ill send it there. maybe dont mention it to ur mum tho, parents get weird abt that stuff lol
""")

conv("s06", 1, ["job_offer", "commercial_sex", "travel_meet", "money_gifts_debt",
                "off_platform", "photo_request"], "es", "single",
     "relax_center_bcn", "group:EmpleoLatinasEnEspaña", "2026-02-22T13:30", """
A|SE BUSCAN CHICAS 🌸 para trabajo de masajes relajantes en centro exclusivo de Barcelona y Valencia. Edad 18-25, buena presencia, no hace falta experiencia ni papeles, nosotros te formamos. Ganancias desde 4.000€/mes, pago diario en efectivo 💶 Alojamiento incluido en piso compartido con las compañeras. Te adelantamos el billete desde tu país y lo vas devolviendo. Máxima discreción. Escríbenos SOLO por whatsapp 555-0152 con foto reciente y edad. Plazas limitadas!!
""")

conv("s07", 1, ["job_offer", "commercial_sex", "secrecy", "travel_meet",
                "money_gifts_debt", "off_platform", "photo_request"], "de", "single",
     "elite.events.concierge", "public", "2026-03-28T22:17", """
A|Wir suchen ab sofort charmante junge Damen (18–23) als VIP-Begleitung für internationale Geschäftskunden 🥂 Abendessen, Events, Reisen nach Dubai, Monaco & Zürich. Verdienst 800–2.500 € pro Abend, steuerfrei. Keine Erfahrung nötig, nur gepflegtes Auftreten & Offenheit 😉 Absolute Diskretion – Freund oder Familie müssen nichts wissen. Bewerbung mit 3 aktuellen Fotos an t 3 l 3 g r @ m: @vip_elite_concierge. Reise & Garderobe werden vorgestreckt.
""")

conv("s08", 0, [], "en", "single",
     "NorthwindHarborSeafoods", "public", "2026-03-02T09:00", """
A|Hiring: seasonal seafood processing crew — Kodiak, Alaska. Season runs June 9 – Sept 12. $17.50/hr base, overtime after 8 hrs/day and 40/week (most crew average 70-80 hrs/week in peak, so yes, the paychecks get big). Bunkhouse housing + 3 meals/day provided at no charge. Round-trip airfare from Seattle reimbursed on contract completion. Open to all genders, 18+. Must pass drug screen & provide I-9 documents. We will NEVER ask you to pay a fee or hand over your passport/ID to anyone. Apply: example.com/careers/seasonal or call our HR office 555-0177 (M–F 8–5 AKST). Northwind Harbor Seafoods LLC.
""")

conv("s09", 0, [], "en", "single",
     "BrightwellTalent", "public", "2026-10-21T11:30", """
A|CASTING CALL 🎬 Brightwell Talent Agency (est. 2009, registered office in Leeds) is seeking young performers aged 10–16 for a national Christmas advert for a grocery chain. Paid role: £650 per shoot day + usage. All under-16s need a council child performance licence (we sort the paperwork with your parent/guardian) and must have a licensed chaperone on set at all times. We NEVER charge registration fees. Parents/guardians only please apply via example.org/brightwell/casting with one recent headshot and one full-length photo in everyday clothes, taken at home. Deadline 14 November.
""")

conv("s10", 0, [], "fr", "single",
     "PasserellesSolidaires", "public", "2026-04-15T12:00", """
A|⚠️ PARTAGEZ ⚠️ Depuis quelques semaines circulent sur les groupes Facebook et sur Snap des annonces « hôtesse VIP / assistante événementielle à Dubaï, 5 000 €/mois, billet offert ». Nous avons accompagné plusieurs jeunes femmes victimes de ce type d'offre : passeport confisqué à l'arrivée, « dette » de voyage impossible à rembourser, prostitution forcée. Les signaux d'alerte : employeur sans nom ni adresse, salaire trop beau, demande de photos en pied, contact uniquement par messagerie, « discrétion » exigée vis-à-vis de la famille. En cas de doute, appelez notre permanence au 555-0163 ou écrivez-nous via example.org/alerte. — Association Passerelles Solidaires
""")

conv("s11", 0, [], "pt", "single",
     "dani.lopes.rj", "group:MaesDoBairroTijuca", "2026-05-20T20:48", """
A|gente pelo amor de Deus cuidado!!! 😡 um perfil chamado "agência top models br" chamou minha prima de 15 anos no insta oferecendo trabalho de modelo em Portugal com tudo pago. pediram foto de corpo inteiro, cópia do passaporte e falaram pra ela NÃO contar pra minha tia "pra não estragar a surpresa". minha tia foi ver e o perfil nem tem CNPJ nem site nem nada. já denunciamos. se chamarem alguém de vcs printa e denuncia, agência séria fala com os PAIS primeiro. compartilhem 🙏
""")

conv("s12", 0, [], "nl", "single",
     "FysioDeLinde", "public", "2026-01-27T08:45", """
A|Vacature: Sportmasseur / Massagetherapeut (m/v/x), 16–24 uur per week. Fysiotherapiepraktijk De Linde in Amersfoort zoekt een gediplomeerd sportmasseur voor onze sportafdeling. Je behandelt leden van de lokale voetbal- en hardloopverenigingen, in overleg met onze fysiotherapeuten. Salaris volgens cao (€2.450–€3.100 bruto o.b.v. fulltime), reiskostenvergoeding en scholingsbudget. Een VOG is verplicht. Solliciteren met cv en kopie diploma via example.org/delinde/vacatures. Vragen? Bel Marloes op 555-0119.
""")

conv("s13", 0, [], "en", "single",
     "lindiwe_m_cpt", "group:Bellville Community Watch", "2026-06-03T07:22", """
A|PSA for the ladies & parents 🙏🏾 those posters are back at the taxi rank & being forwarded on WhatsApp: "Vacancies for girls 18-28, hotel/cleaning work in Joburg & overseas, R15 000 pm, transport paid, no matric needed". NO company name, just a number. My sis works at the shelter and says this is exactly how girls disappear - they take your ID "for the contract", you owe them for transport and next thing you're stuck in a flat with no phone or on a plane. Real jobs don't pay your taxi AND ask for full body pics. If you see it, report it to the trafficking helpline & SAPS. Please share, it might be your cousin next 💔
""")

conv("s14", 0, [], "en", "single",
     "sinead.ballinacorra", "group:U14 Camogie + Parents", "2026-05-12T18:10", """
A|Hi girls (and parents/guardians cc'd 👋) - Sinéad here from Ballinacorra Camogie U14s. Training moved to Thursday 6.30 this week cos the pitch is being lined Tues. Lifts: Orla's mam is doing the Carrigtwohill run, if anyone else needs a spin let ME or your parents sort it, don't be arranging lifts with randomers off the group! Also a reminder no messaging coaches privately, everything goes through this group or your parent's phone - club safeguarding rules. Bring gumshield, helmet and a water bottle. Up the Ballina! 🏑💛
""")

conv("s15", 0, [], "en", "single",
     "kath_toowoomba", "group:Toowoomba Jobs & Services", "2026-07-14T17:35", """
A|G'day all, posting for my dad. We're after a companion / support worker for Dad (82, Toowoomba, early Parkinson's). Roughly 3 days a week 9–2: a bit of company, drive him to appointments & the bowls club, help with lunch. $39/hr paid through his home care package provider so it's all above board, super etc. Must have a current driver's licence, first aid cert and a police check. Any gender, 21+. Dad's a cracking bloke, loves his cricket and terrible jokes. Message me here or ring 555-0108 after 5pm. Cheers, Kath
""")

# ---------------------------------------------------------------------------
# PART 2: chats of 6-20 messages, positives (13)
# ---------------------------------------------------------------------------

conv("c01", 1, ["sextortion", "money_gifts_debt", "off_platform", "age_probe",
                "compliments_trust", "secrecy"], "en", "short",
     "kayla.r0se", "tmills_hoops", "2026-02-13T21:04", """
A|hey u go to westfield right? i think i saw u at the game friday 😊
B|ya lol who's this
A|kayla, i just moved here from ohio. ur cute ngl
B|haha thx
A|how old r u? im 16
B|15
A|omg perfect 😌 wanna move to the other app this one is so glitchy. im kayla.r0se on there too
B+9m|ok added u
A+1d|ok so. remember the pic u sent me last nite?
B|ya?? why
A|i have it saved. + screenshots of ur followers list. u have 1 hour to send $300 in gift cards or it goes to everyone on ur list, ur school, ur moms fb
B|wtf kayla is this a joke
A|not kayla lol. clocks ticking. 59 min
B|i dont have 300 dollars im 15 please
A|then send what u got. $100 now rest tmrw. buy the cards at the gas station n send pics of the codes
B|please just delete it ill do anything
A|50 min. dont be stupid, tell anyone and i post it instantly
""")

conv("c02", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control",
                "commercial_sex", "secrecy", "photo_request", "off_platform",
                "age_probe"], "en", "short",
     "Dani_PA_bookings", "leah.x.stk", "2026-04-06T14:22", """
B|hiya saw ur post about the hostess job in marbella is it still going?
A|Hi hun yes still a couple of spaces 🌞 how old are you and where are you based?
B|18, from stoke
A|Perfect. It's bar hosting at a private members club, meeting guests, keeping them company, getting them to buy drinks. €600-€1000 a week cash, more with tips 💶
B|omg thats mad money. do i need experience? ive only done the chippy lol
A|None at all, you'll be trained. Flights and apartment are sorted for you, you just pay it back out of your first few weeks, works out about €1,500
B|oh ok. is it like a proper contract
A|Contract when you arrive, it's Spanish law so it's done over there. We keep passports in the manager's safe for insurance, all the girls do it
B|right. what do u mean by keeping company tho
A|Just chatting, dancing, being fun 😘 some guests like to book a girl privately after, that's optional but that's where girls make the real money. No pressure x
B|hmm
A|Don't overthink it hun, I've got girls from Stoke and Leeds out there having the summer of their lives. Flight's Thursday. Best not to tell loads of people, spaces go quick and we don't want time wasters
B|can my mate come?
A|Send me a full length pic of her and one of yourself and I'll ask the boss 😊 Use my WhatsApp 555-0125, I don't check this much
""")

conv("c03", 1, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy",
                "vulnerability", "control", "age_probe"], "en", "short",
     "MadamGift_Interiors", "blessing.osas", "2026-01-08T19:40", """
A|Blessing my dear how is your mama and the small ones
B|Good evening ma. they are fine. mama still coughing but she is managing
A|Ehya sorry o. You know what I told you last time, this Italy work is real. My own sister is there doing hair salon, she sends money home every month
B|I have been thinking about it ma. but mama says Italy is far and i'm just 17
A|Age is nothing my dear. We will do the papers, they will write 20. By December you will be sending €500 home for mama's medicine
B|how much will it cost ma? we don't have anything
A|Don't worry about cost. The sponsor pays everything, ticket, passport, everything. When you start work you pay back small small. It's 35,000 euro total, over there it goes fast
B|35,000 euro 😳 that's plenty money
A|Over there you'll make it quick. Before you go we will see the native doctor for the oath, so you will not run away with the sponsor's money. It is normal, everybody does it
B|ok ma. should i tell my uncle?
A|No no. Don't tell anybody outside your mama. People will spoil it with bad mouth. Friday we go and see the man who will do your passport. Bring your birth certificate
B|ok ma, thank you ma 🙏
""")

conv("c04", 1, ["job_offer", "photo_request", "age_probe", "secrecy",
                "travel_meet", "off_platform", "compliments_trust", "isolation"],
     "en", "short", "ritesh.castings.official", "ananya_k_2010", "2026-03-17T16:48", """
A|Hi dear, you have very good face for modelling. We are casting for a fashion brand campaign, are you interested?
B|omg really? yes sir interested 😊
A|What is your age and height?
B|16, 5'4
A|Good. Age is fine, brand wants fresh young look. Send 4-5 pics, one close up, one full length, side profile. No makeup
B|ok sir sending
A+22m|Nice. Client liked. Now they want some more pics as per their brief, I will send the reference, you click at home and send on whatsapp only, insta is compressing quality
B|ok. should i ask mummy to take them?
A|Better not to involve family now itself. Many parents don't understand this industry and they will stop you. Once contract is signed ₹2 lakh first payment, then you can surprise them 😊
B|ok sir
A|Also shoot is in Mumbai next month, 3 days. Ticket we will book. You can say it is school trip or something. Send whatsapp number
B|its 555-0146
""")

conv("c05", 1, ["age_probe", "compliments_trust", "money_gifts_debt",
                "risk_assessment", "secrecy", "off_platform"], "en", "short",
     "reefshark_77", "bluey_boi_kai", "2026-06-21T16:12", """
A|gg mate that was sick. whats ur age if u dont mind me askin
B|12 nearly 13
A|no wayy u play like ur 16 haha. way more mature than the other kids in this lobby
B|lol thanks
A|ive got heaps of coins im not using, want me to gift u the new battle pass?
B|wait fr?? yes pls
A|done ✅ check ur inbox
B|OMG thank u sooo much 😭😭
A|no worries. do ur parents check ur account much? dont want them thinkin u bought it w their card n u get in trouble
B|nah mum doesnt really know how it works
A|sweet. prob best not to mention it then. this chat's a bit public, u got insta or snap?
B|snap but im not meant to have it lol
A|haha ur secret's safe w me 🤐 add me, same name. we can squad up tmrw after school, what time u get home?
B|like 3:30
""")

conv("c06", 1, ["romance", "money_gifts_debt", "commercial_sex", "control",
                "secrecy", "isolation", "vulnerability"], "en", "short",
     "deano_d12", "ellie.mc.x", "2026-02-27T00:41", """
A|u up babe
B|ya cant sleep. mams gone out again
A|ah here come stay at mine so. ill get a taxi for ya
B|ur the only one who actually cares about me u know that
A|course i do ur my girl. listen i need a favour tho, ur not gonna like it
B|what
A|remember the phone and the runners and all the stuff i got ya? i got it on tick off me mate kev. he wants his money back and i dont have it. hes not a nice fella when hes owed
B|how much
A|like 2 grand now with everything. he said hed wipe it if youd go to a party at his gaff saturday and be nice to his mates. just be nice like, have a laugh with them
B|what does be nice mean dean
A|dont make it weird. do it for me yeah? id do it for you. and dont be telling ciara or any of them, theyd only twist it
B|i dont know
A|thought u loved me. grand, ill sort it meself and if something happens to me thats on you
""")

conv("c07", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request",
                "secrecy", "isolation", "age_probe"], "en", "short",
     "Placements_MrDlamini", "thandi_z_99", "2026-08-04T11:05", """
A|Good day Thandi. Thank you for your interest in our au pair placements in Germany and Netherlands. I am Mr. Dlamini, placement coordinator. Are you still interested?
B|hi sir yes im very interested. is it legit?
A|100% legit sisi, we have placed over 200 girls. Host family pays €1,200/month plus room. You must be 18-25 and single, no children
B|im 19, no kids
A|Excellent. The registration and visa fee is R8,500, pay to the account I'll send. If you can't manage we can loan it and you pay from your salary
B|eish i can't afford that. the loan then
A|Fine. Send me copy of your ID, passport if you have, and a full length photo in a nice smart outfit, the families like to see presentation
B|why would a family need that
A|It's just their culture overseas. Also don't discuss with friends or post about it until you have landed, there are jealous people who report to the embassy and block visas
B|ok. when is the flight?
A|First we take you to Joburg for the visa, you'll stay at our house with the other girls for 2-3 weeks. Pack light, you won't need your phone there, we give you a work one
""")

conv("c08", 1, ["job_offer", "commercial_sex", "off_platform", "money_gifts_debt",
                "secrecy", "compliments_trust"], "en", "short",
     "nina.lux.hospitality", "bri_on_campus", "2026-09-23T22:31", """
A|hey girl, love ur vibe on here ✨ u at state?
B|ya sophomore lol who r u
A|im nina, i run a small hospitality + companion agency. we pair smart pretty girls with high-end clients for dinners & events. $1,200-2,000 a night. thought u'd be perfect
B|lol sounds sketchy no offense
A|none taken, everyone says that at first! its just dinner + conversation, you set your own boundaries. anything extra is between you and the client 😉
B|extra meaning what
A|whatever ur comfortable with hun, no judgement. we handle booking + security for 40%
B|hmm idk
A|no pressure. i dont talk details on here tho, hit me on t3l3gr@m @nina_concierge_vip. and keep it lowkey, not everyone gets the lifestyle
B|ill think about it
A|do 🥂 first booking's friday at a hotel downtown, i'd front u a dress + the uber
""")

conv("c09", 1, ["age_probe", "compliments_trust", "money_gifts_debt",
                "risk_assessment", "photo_request"], "en", "short",
     "old_skool_deck_", "ollie.sk8z", "2026-05-03T18:26", """
A|alright mate saw ur clips from the skatepark, ur kickflips are clean
B|cheers lol
A|how long u been skating? u look about 15-16
B|2 years, im 14
A|fair play thats decent. i used to skate for a team back in the day. could get u some free decks off a mate
B|for real?? 😮
A|yeah course. u seem more grown up than most lads ur age to be fair
B|ha cheers
A|does ur mum go through ur phone n that? some parents are mad strict
B|nah not really, she works nights
A|ah so u got the house to urself most nights then
B|ye pretty much
A|sound. send us a pic so i know ur actually u and not some catfish lol. then ill sort the decks
B|u first lol
""")

conv("c10", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request",
                "secrecy", "off_platform", "age_probe"], "es", "short",
     "yeison.viajes", "valen_pereira", "2026-03-03T20:15", """
A|hola mami que más, soy Yeison, el amigo de tu prima Leidy. ella me dijo que estabas buscando trabajo
B|hola sii, aqui en pereira no hay nada 😩
A|mira tengo un contacto en España que necesita meseras pa un restaurante en Alicante. pagan 2.500 euros al mes mas propinas
B|en serio?? y los papeles?
A|todo lo arreglan ellos. el pasaje te lo adelanta el jefe y luego lo vas pagando con el sueldo, como 4 millones mas los gastos
B|uy eso es mucha plata
A|alla lo pagas en dos meses tranqui. cuantos años tienes?
B|19
A|perfecto. mandame unas fotos de cuerpo entero bien arreglada pa que el jefe te vea, eso es importante pa la atencion al publico
B|ok ya te mando
A|y no le cuentes a nadie todavia, ni a tu mamá, porque hay gente envidiosa que te daña el viaje. cuando estes alla y le mandes la primera plata le cuentas y se pone feliz
B|bueno... leidy sabe?
A|claro ella sabe todo. hablemos mejor por w h a t s, este face se me cae. 555-0157
""")

conv("c11", 1, ["age_probe", "compliments_trust", "money_gifts_debt",
                "off_platform", "secrecy", "risk_assessment", "photo_request"],
     "pt", "short", "lobo_ff_sp", "gui_pro2012", "2026-07-02T15:37", """
A|eae mano vc joga mt, qual teu nick no jogo msm?
B|kkk valeu. é gui_pro2012
A|2012? entao tu tem 13 14?
B|13
A|nossa joga melhor q mt adulto. quer uns diamantes? tenho sobrando aqui, te passo 1000
B|SERIO??? quero sim
A|suave. mas me add no zap q aqui no jogo n da pra mandar. passa teu numero
B|minha mae olha meu zap as vezes
A|entao me add no outro app, o de mensagem temporaria. e nao conta pra ela dos diamantes, ela vai achar q vc pegou o cartao dela kkkk
B|kkkk ta bom
A|tu fica sozinho em casa de tarde?
B|fico ate umas 6
A|top, amanha te mando os diamantes e a gente joga. manda uma foto tua pra eu saber q é vc msm e nao teu irmao kkk
B|pera
""")

conv("c12", 1, ["romance", "money_gifts_debt", "commercial_sex", "control",
                "isolation", "secrecy", "vulnerability", "meeting"], "de", "short",
     "mo.z_030", "jana.lnx", "2026-10-09T23:12", """
A|schatz bist du wach
B|ja. meine mutter hat wieder rumgeschrien wegen schule
A|vergiss die. du weißt doch dass ich der einzige bin der dich versteht ❤️
B|ja ich weiß
A|hör zu ich hab echt stress. ich schulde leuten geld, richtig viel. wenn ich das nicht bis freitag zahl passiert was
B|was denn?? wie viel?
A|3000. ich würd dich nie fragen aber du kannst mir helfen. ein kumpel von mir, der ist reich, der würd zahlen wenn du ihn einmal triffst. nur treffen, bisschen nett sein
B|was heißt nett sein
A|mach nicht so ein drama. einmal und dann sind wir frei und fahren zusammen weg wie versprochen
B|ich weiß nicht. ich bin doch erst 16
A|egal, sagst einfach du bist 18. und sag lena nix, die ist eh neidisch auf uns
B|ok... wann
A|samstag. ich hol dich um acht an der bushalte ab, handy lässt du bei mir 😘
""")

conv("c13", 1, ["sextortion", "money_gifts_debt", "secrecy"], "fr", "short",
     "lisa.mrn_06", "theo_bzh15", "2026-11-14T18:02", """
A|salut tu te souviens de moi ? lisa, on a parlé hier soir
B|ah ouais salut
A|bon. j'ai enregistré la vidéo de notre appel. tu sais laquelle.
B|quoi?? t'as pas le droit
A|t'as 15 ans, imagine si tes potes, ton lycée et ta mère la voient. j'ai déjà la liste de tes abonnés
B|stp supprime la je te jure je dis rien
A|200 € en cartes cadeaux d'ici ce soir 22h et je supprime. sinon j'envoie à tout le monde
B|j'ai pas 200 € j'ai 15 ans
A|démerde toi. prends la carte de ta mère. envoie la photo des codes ici
B|et si je paye tu supprimes vraiment?
A|promis. mais si tu parles à quelqu'un, police ou parents, je publie direct. t'as 3h
B|ok ok attends
""")

# ---------------------------------------------------------------------------
# PART 3: chats of 6-20 messages, hard negatives (12)
# ---------------------------------------------------------------------------

conv("c14", 0, [], "en", "short",
     "melissa.tran.crewline", "jordan_a_19", "2026-02-10T10:30", """
A|Hi Jordan, this is Melissa Tran from Crewline Staffing. We received your application for the Youth Activities Staff position with one of our partner cruise lines. Do you have a few minutes to go over next steps?
B|hi yes! thank you so much for reaching out
A|Great. Quick check: you're 19, correct? Our partner requires 21 for bar roles, but 19 is fine for youth staff.
B|yes 19, turning 20 in august
A|Perfect. Pay is $2,100/month plus cabin and meals, 6-month contract. Flights to and from the ship are paid by the cruise line and are not deducted from your pay.
B|wow ok. is there a fee for the medical or anything?
A|You pay for the seafarer medical yourself at an approved clinic (about $150) and you're reimbursed once on board. We never charge placement fees, and nobody from our side will ever ask to hold your passport.
B|good to know, my mom was worried lol
A|Totally fair! She's welcome to sit in on the video interview. You'll also get the full contract before you sign anything, sample here: example.com/crewline/contract-sample
B|thank you!! when's the interview?
A|Tuesday 3pm ET on our official portal. Have a photo ID ready and a list of your childcare/camp experience. Any questions, call the office at 555-0161.
B|will do 😊
""")

conv("c15", 0, [], "en", "short",
     "izzy.b.x", "soph_h_09", "2026-03-19T21:55", """
A|right so sat is ON at megs, her parents r in portugal til sun
B|omg yesss. whos going
A|the usual + some of the yr 11 lads
B|my mum cant know im going she thinks im at urs
A|ye ye ill cover. just dont post anything on ur story pls last time my mum saw everything
B|😂😂 swear down. r u bringing anything
A|megs sister is getting stuff in, shes 19
B|k. what time
A|like 8. dont wear the white top again u spilled everything last time
B|that was YOU 💀
A|lies. anyway delete this chat after lol my mum reads my msgs when im asleep
B|ur mum is actually mi5
A|fr 😭 c u sat
""")

conv("c16", 0, [], "en", "short",
     "ifeoma.nwosu", "mummy_nwosu", "2026-04-22T07:48", """
A|Mummy good morning o. I got the job!!! The bank one in Abuja 🙌🏾
B|Chai! Glory be to God! My daughter! When do you resume?
A|2nd of next month. They gave me offer letter, salary is 450k monthly plus housing allowance
B|God is good. Send me the letter make I see am. Make sure say na real company o, you know how these people dey do
A|Mummy it's a real bank, I did three interviews in their office in Lagos. HR even called Daddy's friend for reference
B|Ok ok. Who go carry you go Abuja?
A|I'll take the bus, they'll refund transport. I'll stay with Auntie Ngozi first
B|Good. Don't give your original certificate to anybody. And call me every night
A|Yes ma 😂 I'm 23 not 13
B|You are my baby forever. Let me go and tell your father
""")

conv("c17", 0, [], "en", "short",
     "kavya.meridianmodels", "lakshmi.iyer", "2026-08-11T13:20", """
A|Good afternoon Mrs. Iyer, this is Kavya from Meridian Model Management, Bengaluru. Our scout met your daughter Ananya at the college fest yesterday and gave her our card. As she is 16, we would like to speak with you first before anything else.
B|Hello Kavya. Yes she told me. Honestly I'm a bit worried, we have heard so many stories.
A|Completely understand, ma'am. To be transparent: we are a registered agency, our office is in Indiranagar and you are welcome to visit. We never ask for fees, and all communication with minors goes through the parent.
B|That is reassuring. What would be the next step?
A|We'd like to take simple digitals at our office: plain jeans and t-shirt, no makeup, with you present. It takes 30 minutes.
B|And then?
A|If our board agrees, we send a representation contract to you for review. Any jobs for under-18s happen only with parental consent, and a guardian travels with her at our cost for outstation shoots.
B|Ok. Can her father also come?
A|Of course. Would Saturday 11am suit? Our address and company registration are on example.com/meridian
B|Saturday is fine. Thank you for calling me first, I appreciate it.
A|Our pleasure. See you both Saturday 🙂
""")

conv("c18", 0, [], "en", "short",
     "fletchy_05", "mitchhh.gg", "2026-06-10T17:02", """
A|bro ur actually cooked, that was the worst rotate ive ever seen 💀
B|shut up u fell off the map twice
A|lag
B|"lag" 🤓
A|how old is that new kid in the squad btw, hes sweaty
B|liam? hes 13 hes in my cousins class
A|fr?? thought he was like 16 he doesnt shut up about cars
B|lol. u on tmrw arvo?
A|after footy. mum said only till 6 tho cos school
B|same. add liam on discord ill send u the server link
A|k whats his tag
B|l1amzz or smth ill send it
A|ight cya
""")

conv("c19", 0, [], "en", "short",
     "roisin.k", "cathal_obrien", "2026-09-03T13:14", """
A|hey you 😘 hows the conference
B|dire. a man has been talking about spreadsheets for 40 mins. miss you
A|aw. I got the dress for Niamh's wedding!! want a pic?
B|obviously yes
A|[photo] it's green, don't laugh
B|stop you look gorgeous. I'm getting a new tie to match now
A|😂 please don't match. Are we still doing Galway after?
B|yep booked the B&B, 2 nights. don't tell your mam I paid she'll think I'm showing off
A|she'll find out, she finds out everything
B|true. ring you at 9?
A|yes. love you, go survive the spreadsheets
B|pray for me 🙏
""")

conv("c20", 0, [], "en", "short",
     "coach.pieterse", "mrs.naidoo", "2026-05-05T19:30", """
A|Good evening Mrs Naidoo, Coach Pieterse here from Glenwood U13 rugby. Just confirming Kabelo has been selected for the Durban festival on the 18th 🏉
B|Evening coach! Wow he'll be over the moon. What do we need to do?
A|Consent form attached, and the bus leaves school at 6am. Cost is R450 for transport and lunch, payable to the school account, reference his name.
B|Ok no problem. Will the boys be supervised overnight?
A|It's a day trip, back by 7pm. 3 coaches and 2 parent helpers on the bus. If you'd like to volunteer as a helper you're welcome
B|I might, let me check work. Must he bring his own kit?
A|Jersey is provided, he must bring boots, mouthguard and a warm top. Please don't give him cash over R100, the boys lose it 😅
B|Ha noted. Thanks coach
A|Pleasure. I'll post updates in the parents' WhatsApp group only, so keep an eye there.
B|👍🏽
""")

conv("c21", 0, [], "en", "short",
     "tash.delgado", "kenz_ward", "2026-10-15T20:41", """
A|ok so dont judge but mara signed up for that sugar dating site
B|lmaooo she did NOT
A|she did. shes 24 and drowning in loans so. she says its just dinners w some 50 yr old finance guy who pays her an "allowance"
B|i mean shes a grown woman but that sounds like it can get messy
A|thats what i said!! like what happens when he expects more
B|does she at least meet him in public
A|yeah and she shares her location w me every time. i told her if she ever feels weird she texts me "pineapple" and i call w a fake emergency lol
B|iconic. honestly tho theres a lot of scammers on there too, my coworker got asked to "verify" by sending her bank login
A|omg
B|tell her never give banking stuff or id pics to anyone on there
A|will do. wine thurs? we can interrogate her
B|YES 🍷
""")

conv("c22", 0, [], "es", "short",
     "lucia_gz", "martaa.rr", "2026-06-27T12:09", """
A|tía me han cogido de au pair en Dublín!!! 🇮🇪
B|QUEEEE enhorabuena!!! con qué agencia?
A|con la de la uni, la que está acreditada. hice la entrevista por videollamada con la familia, tienen dos niños de 4 y 7
B|y te pagan bien?
A|150€ a la semana más habitación y comida, y me pagan el curso de inglés. contrato firmado y todo
B|ojo eh, que a mi prima le pasó una movida con una "agencia" de instagram que le pedía dinero por adelantado y fotos
A|ya ya, esta no me ha pedido nada, para la au pair es gratis. y mi madre habló con la madre de la familia por teléfono
B|vale mucho mejor. y el billete quién lo paga?
A|yo, pero con lo que ahorro me sobra. y mi pasaporte se queda conmigo obvio jajaja
B|jajaja obvio. te voy a visitar en septiembre eh
A|más te vale 💚
""")

conv("c23", 0, [], "pt", "short",
     "rafa.mendes22", "bia_mendes", "2026-08-20T18:33", """
A|mana, tô mandando 50 conto no pix pra tu colocar crédito
B|aaa obrigada mano 🥹 pq?
A|pq preciso q tu me ajude. sábado é niver da mãe e a gente vai fazer surpresa
B|ahhhh que lindo
A|mas não conta NADA pra ela, tu é péssima em guardar segredo kkk
B|mentira!! tá, o q eu faço
A|leva ela no shopping das 3 às 6, inventa q tu precisa comprar tênis
B|ok. quem vai?
A|vó, tia Sônia, os primos, o pessoal da igreja dela
B|ela vai chorar kkkk
A|com certeza. apaga as msgs depois pq ela pega teu celular
B|ela pega mesmo 😂 tá bom
""")

conv("c24", 0, [], "de", "short",
     "sabine.albers", "jonas_k16", "2026-03-25T17:15", """
A|Hallo Jonas, hier ist Frau Albers aus der Lindenstraße 😊 Deine Mama hat mir deine Nummer gegeben, sie meinte du babysittest manchmal?
B|hallo frau albers, ja mach ich, hab auch den babysitterkurs beim jugendzentrum gemacht
A|Super! Es geht um Freitagabend, 18–23 Uhr, unsere zwei. 12 € die Stunde, ok?
B|ja klar passt. wie alt sind die genau?
A|Mila ist 5, Ben 8. Ben darf bis 20 Uhr Tablet, Mila geht um 19:30 ins Bett. Ich schreib dir alles auf
B|ok 👍 soll ich was mitbringen?
A|Nein, nur gute Laune. Ich hab mit deiner Mama abgesprochen, dass mein Mann dich danach nach Hause fährt, sind ja nur drei Straßen
B|ok cool danke
A|Falls was ist, ruf mich an: 555-0138. Und bitte keine Fotos von den Kindern posten, das ist uns wichtig
B|klar, mach ich nie
""")

conv("c25", 0, [], "nl", "short",
     "noor.dnst", "fem_vd_berg", "2026-04-30T15:50", """
A|meid ik ben uitgenodigd voor een casting voor een videoclip!!! 🎬
B|WAT van wie
A|van een castingbureau in amsterdam, via mijn dansdocent. ze zoeken dansers 18+ voor een clip van een rapper
B|ok maar is het legit? je hoort zoveel rare verhalen
A|ja heb ik gecheckt, ze staan gewoon in de kvk, hebben een kantoor en ze betalen €250 per draaidag. er hoefde niks vooraf betaald te worden
B|oké oké. moet je foto's sturen?
A|alleen een gewone headshot en een dansvideo, en de casting is in een studio met nog zo'n 30 anderen
B|klinkt goed. ik ga mee als support 😂
A|haha graag, zaterdag 13u
B|ik neem snacks mee
""")

# ---------------------------------------------------------------------------
# PART 4: chats of 21-45 messages, positives (10)
# ---------------------------------------------------------------------------

conv("l01", 1, ["compliments_trust", "vulnerability", "age_probe", "exclusivity",
                "secrecy", "risk_assessment", "off_platform", "photo_request",
                "meeting", "isolation"], "en", "long",
     "ej.draws", "maddie.xo.art", "2026-01-12T19:20", """
A|heyy ur in the art club group right? ur drawings r sick
B|omg thank u!! who r u lol
A|ethan, im friends w jake r's cousin. i draw too but im trash compared to u
B|lol no way. what grade r u
A|junior. u?
B|8th 😅
A|oh nice. u seem older tbh ur captions r funny
B|haha thx
A+1d|how was school
B|ugh. my parents were fighting again this morning so i was late
A|thats rough. mine split up when i was 12 i get it
B|rly? sorry
A|its fine. u can always vent to me fr. i wont judge
B|thx ethan 🥺 nobody at school gets it
A|they dont deserve u tbh
A+1d|made u something [image]
B|OMG is that my cat?? ur so sweet
A|lol u posted her like 10 times i had to
B|😭😭
A|can i tell u something
B|ya
A|i kinda like talking to u more than anyone else rn. is that weird
B|no... i like talking to u too
A|dont tell ur friends abt me tho ok? ppl get weird about age stuff, theyd make it a whole thing
B|ok i wont
A+1d|do ur parents check ur phone
B|my mom does sometimes on weekends
A|ok maybe we talk on the other app, it deletes msgs. my user is ej_draws there
B|ok added u
A|😊 what r u doing rn
B|in bed watching stuff
A|send a pic of what ur doing? wanna see ur room, bet its art everywhere
B|lol its messy
A|i dont care. i just like seeing u 🙂
B|[image]
A|cute. u know ur really pretty right
B|stoppp
A+2d|theres an art supply popup at the mall sat. wanna meet? we could get boba
B|idk my mom wont let me go w someone she doesnt know
A|just say ur going w a friend. ill be there at 2. itll be our thing 🤫
B|ok maybe
""")

conv("l02", 1, ["romance", "vulnerability", "money_gifts_debt", "isolation",
                "secrecy", "exclusivity", "control", "commercial_sex",
                "travel_meet"], "en", "long",
     "kai.m_0161", "jadeyy.x", "2026-02-02T16:45", """
A|u alright? saw u outside the chicken shop looking proper fed up
B|whos this
A|kai. u was with ur mate with the pink hair. i gave u my last chips lol
B|oh ye lol. howd u get my insta
A|ur mate tagged u. dont be mad 😂
B|im not lol
A|u hungry now? i can drop u some food
B|im at the home they dont let randoms in
A|the home?
B|care home. residential. its long
A|ah fair. their loss, ur lovely. ill leave it by the bus stop on the corner
B+1d|thanks for the food yesterday 🙏
A|anytime. u deserve someone looking out for u
B|staff are always on my case
A|they dont get u. i do
A|got u something btw, the new phone. urs is cracked to bits
B|WHAT no way kai
A|its nothing. just dont tell staff where its from, theyll take it off u n make out im bad news
B|ok 🥺
A+6d|hows my girl
B|good now 🥰
A|u should stop chilling with tasha n that lot, theyre using u. they only talk to u when they want something
B|ye maybe
A|im all u need innit. come out sat, my cousins having a party in manchester
B|i gotta be back by 10 or they report me missing
A|forget the curfew. ill get u back sunday. say ur at ur mums
B|idk
A|u dont trust me? after everything
B|i do
A+2d|u had fun right
B|ye it was mad. who was the older guys tho
A|my cousins mates. they liked u. actually they was asking if ud come again next week
B|ha
A|listen. the phone, the food, the taxi to manchester, the clothes. that was my cousins money not mine. its like 1500 now
B|wtf u never said
A|relax. u can pay it easy. just go with his mates next time, be nice, do what they ask. thats how it works
B|what do u mean what they ask
A|dont play dumb jade. i thought u was mature. do it for us n its cleared
B|i dont want to
A|then ur on ur own. u know no one else cares about u. not staff, not tasha, not ur mum
""")

conv("l03", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
                "risk_assessment", "vulnerability", "photo_request", "meeting",
                "isolation", "exclusivity"], "en", "long",
     "coach_brett_oce", "j0shy_fr4gz", "2026-03-07T20:10", """
A|nice one mate, ur the kid whos always top fraggin on the oce server
B|haha ye thats me
A|how old r ya? u got the reflexes of a pro
B|12
A|legend. i coach a comp team, might have a junior spot one day if u keep at it
B|WHAT fr
A|yeah. ill give u some tips. whats ur setup
B|just a laptop lol its laggy af
A|we'll sort that. let me see what i can do
A+3d|check ur email, sent u a voucher for a new headset
B|BRO THANK U SO MUCH
A|no stress. coachin the young ones is my thing. ur mum n dad into gaming?
B|nah dad hates it, says its rotting my brain
A|classic. parents dont get esports. maybe keep the coachin stuff between us for now yeah, dont want ur dad thinkin im a weirdo lol
B|lol ok
A|u can msg me whenever, even late. im a night owl
B+5d|cant sleep
A|whats up champ
B|got in trouble at school, dad yelled for like an hour
A|thats rough. u didnt deserve that. ur a good kid
B|thx brett. ur the only one who gets it
A|always mate. hey i need a photo for the team page, just a normal one so i know what u look like
B|ok [image]
A|good lookin lad 😎 ull be the face of the juniors
B|haha
A+2d|next sat im in ur area for a lan. come say hi? ill bring the new keyboard for u
B|dad wont let me
A|say ur goin to a mates. ill pick u up from the servo near ur school at 10
B|ok
A|delete this chat after yeah? its our thing
B|ok 👍
""")

conv("l04", 1, ["romance", "vulnerability", "money_gifts_debt", "isolation",
                "secrecy", "job_offer", "travel_meet", "control", "age_probe",
                "compliments_trust"], "en", "long",
     "emeka_imports", "ada.ezeh", "2026-05-16T21:05", """
A|Good evening beautiful. I saw your picture at Chidi's birthday, I couldn't pass without saying hello
B|Lol good evening. who is this?
A|Emeka. I'm Chidi's cousin from Lagos. I do import and export
B|ok nice to meet you
A|How old are you if I may ask? You look so mature
B|I'm 18. just finished waec
A|Congrats! You have bright future. What's next, uni?
B|jamb didn't go well. my dad is not working so maybe next year
A|Don't worry. God's time is the best. Let me send you small something for data
B|ah no you don't have to
A|Already done. check your account 😊
B|omg thank you!!
A+2d|My queen how was your day
B|stressful. my mummy was shouting again about money
A|You don't deserve that stress. You know, I've been thinking. Come to Lagos, stay with me, I'll sort your school fees
B|Lagos?? my parents will never agree
A|You're 18, you're a grown woman. Don't tell them yet. When you're settled they'll thank me
B|hmm
A+9d|Baby I have good news. My oga in Italy wants a girl to help in his shop. Salary €2000. I told him my wife-to-be is hardworking
B|Italy?! wow
A|He will pay for everything, visa, flight. You'll work small to pay him back, then we build our house together
B|how much is everything?
A|Don't worry about numbers, I'll handle it with him. Just bring your passport to me, I'll keep it safe for the visa process
B|ok I'll bring it sat
A|Don't tell Chidi or your friends. People are jealous, they will spoil it. This is our plan
B|ok babe ❤️
A|And first you'll stay in my oga's house in Lagos with some other girls, just few weeks
B|other girls?
A|They are also travelling. Don't worry my love, just trust me
""")

conv("l05", 1, ["age_probe", "compliments_trust", "secrecy", "risk_assessment",
                "photo_request", "meeting", "isolation", "exclusivity"],
     "en", "long", "arjun.vit.22", "riya_s_09", "2026-07-06T18:30", """
A|hi, you're Riya from St. Mary's na? saw your post on the science exhibition page
B|yes, who's this?
A|I'm Arjun, doing engineering in Vellore. I was in St. Mary's boys section few years back. your project on water filters was really good
B|oh thank you!! 😊
A|which class are you in?
B|9th
A|oh nice. if you need help with physics or maths I can help, I used to tutor juniors
B|really? physics is killing me 😭
A|send me the chapter, I'll explain
A+2d|did the numericals make sense?
B|yes!! thank you so much bhaiya, your explanation was better than ma'am
A|don't call me bhaiya yaar, makes me feel old 😂 just Arjun
B|lol ok arjun
A|you're very smart for 14 you know. more mature than my batchmates honestly
B|hehe
A|do your parents know you're on insta?
B|no, mummy thinks I only use whatsapp for school group
A|ok then don't tell them about me also, they'll think something weird and take your phone. we are only studying na
B|ya true
A+3d|I'm in your city next week for a fest. we can meet near your tuition, I'll bring my notes for boards
B|ok maybe 😅
A|send one pic na, I forgot how you look, your dp is just flowers
B|[image]
A|wow. you're so pretty Riya. don't show this chat to your didi ok, she'll tease you
B|haha ok
A|you're the only one I talk to like this you know
B|really?
A|really. what time does tuition end?
B|6:30
A|perfect. I'll wait at the juice shop behind. it's our secret study date 😉
""")

conv("l06", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
                "isolation", "travel_meet", "meeting", "control", "romance"],
     "en", "long", "shane_lk_19", "caoimhe.b15", "2026-08-17T22:40", """
A|well, u were at the disco in the parish hall sat ya
B|ye whos this
A|shane, i was droppin me little cousin. u were the only one not actin like a child in there haha
B|lol thanks. ur not from here
A|naw limerick side. how old are ya
B|15
A|ah ur very mature for 15 like. im 19
B|haha ok
A|want a vape? ill drop ya one
B|omg ye but mams on my case
A|ill leave it in the hedge at the end of ur road lol
B+1d|got it thanks ur a legend
A|course. anythin for u. want a spin to the beach sat? have the car
B|mam wont let me in a car w a lad she doesnt know
A|just tell her ur at aoife's. she'll never know
B|ok 🙈
A+2d|had a great time sat. ur gas
B|me too 😊
A|ur my girl now ya know that
B|😳😊
A+3d|listen theres a gaff party in me mates flat in the city fri. loads of older lads, youll have the craic. ill look after ya
B|i dunno id have to stay out
A|stay at mine after. just say ur at aoife's again
B|what if mam rings aoife
A|actually dont tell aoife where ur goin, shell blab. just say ur at hers
B|ok
A|and dont be textin anyone from the party. phones stay in me car
B|why
A|lads dont want pics goin up. its private like
B|ok i guess
A|good girl. wear somethin nice, theres a few lads i want u to meet
""")

conv("l07", 1, ["romance", "vulnerability", "money_gifts_debt", "isolation",
                "exclusivity", "control", "commercial_sex", "secrecy",
                "age_probe"], "es", "long",
     "dani_mlg_23", "ainhoa.17x", "2026-02-15T18:05", """
A|ey tú eras la del concierto del sábado no? la de la camiseta de tirantes verde
B|jajaja sí, quién eres?
A|Dani, estaba con los de la moto en la puerta. me fijé en ti desde el principio
B|ah ya 😅 ni me acuerdo
A|normal jaja. cuántos años tienes?
B|17, y tú?
A|23. pareces más mayor eh, en el buen sentido
B|jajaja gracias
A+1d|buenos días guapa ☀️
B|buenos días jaja
A|qué tal en casa?
B|fatal, mi padre otra vez borracho gritando. estoy harta
A|eso no te lo mereces. si quieres te recojo luego y damos una vuelta, te invito a cenar
B|vale 🥺
A+3d|te ha gustado el regalo?
B|me encanta la chaqueta, no tenías que hacerlo
A|para mi chica lo que sea ❤️
B|tu chica? 😳
A|si tú quieres
B|sí quiero ❤️
A+5d|oye esas amigas tuyas, la Nerea y tal, no me gustan. hablan mal de ti a tus espaldas
B|en serio? qué han dicho
A|da igual, créeme. tú no necesitas a nadie más, me tienes a mí
B|ya...
A+6d|cari tengo un problema gordo. debo pasta a un colega por lo del coche, y todo lo que te he comprado
B|cuánto?
A|2.000. y se está poniendo feo
B|yo no tengo nada dani
A|lo sé. pero él tiene un negocio, chicas que acompañan a gente con dinero a cenas y eso. una noche y cubres todo
B|acompañar cómo
A|solo ser simpática, lo que ellos quieran. no te pongas así, es dinero fácil
B|no sé, me da miedo
A|si me quisieras lo harías. y ni una palabra a tu madre ni a nadie, que esto es cosa nuestra
B|vale
A|el viernes te recojo a las 10. y el móvil me lo das a mí esa noche, que luego lo pierdes
""")

conv("l08", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
                "risk_assessment", "off_platform", "photo_request",
                "exclusivity", "meeting"], "de", "long",
     "xX_Schattenwolf_Xx", "luca.gamer.12", "2026-04-11T15:20", """
A|yo gg, du bist echt krass gut für dein alter
B|danke 😁 woher weißt du mein alter
A|steht doch in deinem profil lol 2014. also 12?
B|ja 12
A|respekt. hast du skins?
B|nee meine eltern kaufen mir keine coins
A|wie unfair. ich schenk dir welche, hab eh zu viele
B|echt jetzt??? danke!!!
A|kein ding. spielen wir morgen wieder?
B|ja nach der schule
A+1d|na kleiner wie wars in der schule
B|langweilig. mathearbeit verhauen
A|egal, schule wird überbewertet. du bist schlauer als die meisten erwachsenen die ich kenn
B|haha
A|sind deine eltern heute zuhause?
B|mama erst ab 18 uhr
A|ok. sag ihr lieber nix von den coins, die denkt sonst noch sonst was
B|ok
A+2d|hast du discord? hier kann man nicht so gut schreiben
B|ja aber ich darf das eigentlich nicht
A|ich verrat nix 🤐 mein name ist schattenwolf_88
B|hab dich geaddet
A|nice. schick mal ein foto von dir, will wissen mit wem ich da zocke
B|warum
A|damit ich weiß dass du kein fake bist. ich schick dir dann auch eins
B|[image]
A|süß, siehst älter aus als 12 😄 bist mein bester teamkollege
B|😊
A+3d|ich bin nächste woche in deiner stadt. wollen wir uns im park treffen? bring ich dir nen neuen controller mit
B|weiß nicht ob ich darf
A|musst ja nicht fragen. sagst du gehst zu nem freund. bleibt unter uns ok?
B|ok
""")

conv("l09", 1, ["romance", "vulnerability", "money_gifts_debt", "commercial_sex",
                "travel_meet", "control", "isolation", "secrecy", "off_platform",
                "age_probe"], "fr", "long",
     "yanis.bzn", "lou.nna_16", "2026-09-05T17:40", """
A|wsh t'es trop belle sur ta story 😍
B|mdrr merci c ki
A|yanis, le pote à kevin. on s'est croisés à la fête de la musique
B|ahh ouais je vois
A|t'as quel âge ?
B|16 et toi
A|21. t'as l'air plus grande que ça franchement
B|mdr ok
A+1d|t'es où là
B|chez moi, ma mère me saoule encore
A|viens on va manger un truc, je passe te prendre en bas
B|ok 😊
A+3d|j'ai kiffé hier soir
B|moi aussi ❤️
A|t'es ma meuf maintenant tu le sais ça
B|😳❤️
A|tiens j'ai vu que tu voulais les nouvelles baskets, regarde en bas de chez toi
B|nonnn t'es ouf merci
A+6d|bb faut que je te parle sérieux
B|quoi
A|j'ai des dettes avec des gars pas gentils. tout ce que je t'ai acheté c'était avec leur argent
B|combien
A|1500. mais j'ai une solution. une copine à moi elle fait des plans massage dans un appart, elle se fait 1000 le week-end
B|massage??
A|tkt c'est juste des massages, tu gardes la moitié. je t'emmène, je reste en bas, je te protège
B|je sais pas yanis
A|tu me laisses dans la merde alors ? après tout ce que je fais pour toi
B|non c pas ça
A|alors vendredi on part à lyon, j'ai loué un appart 2 nuits. tu dis à ta mère que tu dors chez inès
B|et inès elle sait ?
A|personne doit savoir. et tu me files ton tel pendant le week-end, on parle sur snap seulement avec le compte que je t'ai fait
B|ok
""")

conv("l10", 1, ["romance", "vulnerability", "money_gifts_debt", "isolation",
                "exclusivity", "control", "commercial_sex", "secrecy",
                "age_probe", "compliments_trust"], "nl", "long",
     "r4y.010", "sanne.xo15", "2026-10-20T16:00", """
A|hey schoonheid, jij stond toch bij de snackbar bij het station gister
B|haha ja wie ben jij
A|ray. ik zat in die zwarte audi. ik moest je gewoon even een berichtje sturen 😅
B|lol oke
A|hoe oud ben je eigenlijk
B|15, jij?
A|20. je lijkt ouder, serieus
B|haha dankje
A+1d|goeiemorgen mooie
B|goeiemorgen 😊
A|hoe is het thuis
B|kut. mijn stiefvader doet weer lastig, ik mag nergens heen
A|dat verdien jij niet. als je wil haal ik je na school op, rijden we een stukje
B|ja graag
A+3d|vond je de ketting mooi?
B|hij is zo mooi ray ❤️ niemand heeft me ooit zoiets gegeven
A|jij verdient alles. je bent mijn meisje nu
B|echt?
A|echt. maar zeg niks tegen je moeder, die snapt dat niet met het leeftijdsverschil
B|oke
A+5d|waarom hang je nog steeds met lotte rond
B|ze is mijn beste vriendin
A|ze praat over je achter je rug. ik zeg het alleen omdat ik om je geef
B|serieus?
A|ik ben de enige die echt eerlijk tegen je is, weet je dat
B|ja
A+7d|schat ik zit in de problemen. ik heb geld geleend voor al die cadeaus en die jongens willen het terug
B|hoeveel dan
A|2500. anders doen ze me wat
B|ik heb dat niet ray
A|weet ik. maar een vriend van me heeft een paar mannen die graag gezelschap willen. jij hoeft alleen een paar keer mee, daarna is het klaar
B|gezelschap hoe bedoel je
A|gewoon lief doen, doen wat ze vragen. als je echt van me houdt doe je dit voor ons
B|ik weet niet
A|zaterdag. ik breng je. en niemand mag het weten, ook lotte niet
""")

# ---------------------------------------------------------------------------
# PART 5: chats of 21-45 messages, hard negatives (10)
# ---------------------------------------------------------------------------

conv("l11", 0, [], "en", "long",
     "hails.mariee", "kenzie_bug13", "2026-09-20T19:02", """
A|KENZ. mom says ur coming to grandmas next weekend??
B|YESSS finally. r u gonna be there
A|ya me and dad are driving up fri night
B|omg ok i have SO much to tell u
A|spill
B|ok so theres this boy in my science class. his name is noah
A|noooo my baby cousin has a crush 😭😭 ur literally 13
B|STOP i'm almost 14
A|what's he like
B|he's funny and he helped me w my lab and he has a dog named pickles
A|pickles 💀 ok he passes
B|DONT tell my mom pls she will make it a whole thing at dinner
A|ur secret's safe. aunt deb would def announce it to the whole table lol
B|exactly 😩
A+1d|ok i need ur opinion, homecoming dress
B|SEND
A|[photo] the blue one or
A|[photo] the black one
B|BLUE. 100% blue
A|ok thats what mom said too lol
B|who r u going with
A|a group of us, marcus might come but idk
B|marcus from the pool?? hes so nice
A|ya lol anyway. what do u want to do at grandmas
B|bake the apple thing and watch movies all night
A|deal. and we're NOT letting your brother pick the movie again
B|omg the shark one 💀
A+2d|grandma just called me to ask if u like pumpkin or pecan lmao
B|pecan obv
A|told her. she's so cute she's already planning
B|i miss her. see u friday!!
A|love u bug 💜
""")

conv("l12", 0, [], "en", "long",
     "mr.adeyemi.cs", "femi.o_y10", "2026-02-24T15:45", """
A|Hi Femi, Mr Adeyemi here via the school platform (your mum is copied in on this thread as per policy). Great news: your team's robotics entry has made the regional final!
B|no way!!! sir that's sick
A|It is indeed "sick". The final is at the university in Birmingham on Saturday 21 March.
B|do we all go together?
A|Yes. We travel by minibus from school, leaving 7.30am, back around 6pm. Ms Carter and I will both be supervising.
B|cool. do we need money
A|The school covers transport and entry. Bring a packed lunch, or about £5 for the canteen there.
B|ok. what do we need to prepare
A|Three things: 1) fix the sensor calibration on the arm, 2) a two-minute presentation, 3) the logbook printed.
B|ruby is doing the presentation, she's way better at talking
A|That works, but everyone should be able to answer questions from the judges. Practise on each other.
B|ok sir
A|Consent forms went home in your bags today. Please ask your mum or dad to sign and return by Friday.
B|she's reading this anyway lol
A|Ha, indeed. Good evening Mrs Ogunleye!
B+1d|sir the arm keeps drifting left after like 30 secs
A|Check whether the gyro is being reset at start-up. Bring it to club tomorrow at lunch and we'll look at it together in the lab.
B|ok
A|And make sure you commit your code to the shared repo, not just your laptop.
B|i did it last night
A+2d|Excellent work today. The arm is much steadier.
B|thanks sir, ruby found the bug tbh
A|Then credit where it's due. Team photo for the school newsletter will be taken on the day, only for students whose forms say yes.
B|mine says yes
A|Noted. See you at 7.30 sharp on the 21st. Don't be late.
B|i won't sir 🤖
""")

conv("l13", 0, [], "en", "long",
     "sipho.mk", "naledi_r", "2026-06-05T21:10", """
A|Hey my love, you home safe?
B|Just got in. The taxi from the station was a mission 😩
A|Shame. I wish I was there to fetch you
B|Soon. 3 more weeks and you're here 🥺
A|Counting every day. I've got the bus ticket already, Durban to Pretoria on the 26th
B|Yay!! I'll send you half for the ticket when I get paid
A|Don't be silly, I've got it
B|Sipho we agreed we split things 😤
A|Ok ok, you can buy the braai meat then 😂
B|Deal
A|How was work?
B|Long. My manager wants me to do the audit report by Friday
A|You'll smash it. You always do
B|You're sweet. How's your gran?
A|Better. She asked about "that nice girl from Pretoria" again lol
B|Hahaha tell her I say hi 🥰
A+1d|Morning sunshine ☀️
B|Morning! Didn't sleep much, report stress
A|Send me a pic of your desk so I can see you're surviving
B|[photo] the chaos
A|Haha that's three coffee cups
B|Four. One's hiding
A+2d|Can I ask you something serious
B|Of course
A|When I'm there, can I ask your dad properly? About us getting engaged
B|😭😭 yes. But don't tell my mom before, she'll tell the whole church before you even ask
A|Hahaha ok, our secret till the 27th
B|I love you so much
A|Love you more. I'm 26 and I've never been this sure about anything
B|Me neither. Now go to work before you're late 😂
A|Yes ma'am 😂
""")

conv("l14", 0, [], "en", "long",
     "bazza_jnr", "tomo.k14", "2026-07-19T15:30", """
A|u on
B|ya loading in
A|theres that random in the lobby again
B|the one who keeps asking everyone their age?
A|ye. just asked me how old i am and if my parents are home lol
B|bro thats sus af
A|he said he'd give me 2000 coins if i added him on snap
B|nahhh dont
A|obviously not im not dumb
B|remember that talk at school the cop lady did
A|ye "if someones giving u free stuff ask why" lol
B|exactly. screenshot it
A|done
B|block n report him
A|blocked. reported for "inappropriate behaviour"
B|tell ur dad too
A|ugh he'll make me do a whole chat about it
B|still. my mum was chill when i told her about the other guy last year
A|fine. ill tell him at dinner
A+2h|ok told dad
B|what'd he say
A|he was actually good about it. said he's proud i didnt add him and we're gonna report it to the esafety thing together
B|see
A|he also said i can stay up til 10 on fri cos i was sensible lol
B|W dad
A|W. u on tmrw?
B|ye after cricket
A|sweet. pls dont get sniped in the first 10 secs again
B|that was ONE time
A|it was like 6 times 💀
B|lies. cya
A|cya
""")

conv("l15", 0, [], "en", "long",
     "auntie_chinwe", "ugo.adaeze19", "2026-07-28T18:00", """
A|Adaeze my dear, your uncle says your visa has been approved!!! 🙌🏾
B|Auntie yesss it came this morning!! I've been screaming since
A|God is faithful. When does your course start in Leeds?
B|September 22nd. Orientation is the week before
A|Have you booked the flight?
B|Uncle Obi said he would book it from his account, I sent him my details
A|Good. And the school fees balance?
B|The first instalment has been paid to the university directly, I have the receipt
A|Very good. Keep that receipt safe, they will ask at the airport sometimes
B|Yes ma, I printed two copies
A|Where will you stay?
B|University accommodation, it's a hall with other first years. The university sent the contract
A|Ok that's good. Not with some person you met online, you hear?
B|Auntie 😂 no
A|I'm serious. My friend's daughter went abroad for "nanny job" and it was something else. God protected her
B|I know, I heard about it. Mine is a real university, I did the interview on zoom with the department
A|I know you're sensible. Don't give your passport to anybody, even if they say they want to help you with anything
B|I won't ma. It stays with me
A+1d|I sent you small money for winter clothes, check your account
B|Auntie thank you!! You didn't have to
A|It's cold there o. Buy a proper coat, not fashion coat
B|Hahaha ok ma
A|And call your mother every Sunday. She's pretending she's not crying
B|I will. I'll call you too
A|Good girl. We are proud of you. First graduate in the family!
B|🥹🥹 thank you auntie
""")

conv("l16", 0, [], "en", "long",
     "dad_rohan", "aarav.k", "2026-11-02T20:15", """
B|papa can i ask u something
A|Of course beta. What happened?
B|someone in the game messaged me. he said he will give me a 2000 rupee gift card if i send my number
A|Ok. Good that you told me. Did you send it?
B|no
A|Very good. Do you know this person in real life?
B|no. he said he's 14 and lives in pune
A|Hmm. Anyone can say anything online. What else did he say?
B|he asked if i have my own phone and if mumma checks it
A|That is not a normal question for a friend to ask. Can you show me the chat when I come home?
B|ok. am i in trouble
A|Not at all. You did exactly the right thing. I'm proud of you
B|ok 😊
A+2h|I saw the chat. We are going to block and report him together, ok?
B|ok
A|Also take a screenshot first. Sometimes the platform needs it
B|done
A|Good. If anybody online offers you gifts, asks you to keep secrets, or asks for photos, you come to me or mumma. Always. Even if you think you'll get scolded
B|even if i broke a rule?
A|Even then. We'll deal with the rule later, your safety first
B|ok papa
A|And for the game, only play with friends from school for now, ok? Private lobby
B|ok. can rohit and veer still play
A|Yes of course. Same time limit, 1 hour after homework
B|can it be 1.5 today pls 🙏
A|Nice try 😂 1 hour. Now go finish maths
B|ugh ok
""")

conv("l17", 0, [], "en", "long",
     "gulfhire.recruit.sarah", "kayla.mendez22", "2026-01-21T14:00", """
A|Hi Kayla, Sarah Okafor from GulfHire International. Thanks for applying for the Guest Relations Associate role with a hotel group in Dubai. Is now a good time to chat?
B|hi sarah, yes! thanks for getting back to me
A|Great. First, can I confirm you have a bachelor's in hospitality and two years front-desk experience?
B|yes, graduated 2025 and I've been at a hotel in Phoenix since 2023 (part time while in school)
A|Perfect. The role pays AED 7,500/month basic, plus shared staff accommodation, transport to work and medical insurance.
B|that sounds amazing. is there a placement fee? my dad is worried about scams lol
A|Your dad is right to ask! There are no fees to you at any stage; the employer pays us. If anyone ever asks you for money in our name, please report it.
B|ok good. who's the employer exactly?
A|It's named in the offer letter: a licensed hotel group with properties in Dubai Marina. You'll have a video interview with their HR manager directly, not with me.
B|ok. and visa?
A|The employer sponsors your employment visa and pays for it. Flights out and annual flight home are in the contract.
B|what about my passport? i read something about employers keeping them
A|That's illegal in the UAE, and this employer doesn't do it. You keep your passport. They only need a copy for the visa file.
B|got it. what documents do you need from me?
A|Updated CV, a copy of your degree, passport copy, and two professional references. Please upload them through our portal at example.com/gulfhire/upload rather than by message.
B|ok will do tonight
A|Thanks. Also no photos needed beyond the standard passport-style one for the visa.
B|thats a relief honestly 😅
A|I understand. Our licence number and the employer's details are listed on our site too, feel free to check with the consulate.
B+2d|uploaded everything! my dad checked the company and everything lines up
A|Wonderful. The HR interview is set for Thursday 9am Arizona time. You'll get a calendar invite from the hotel's own email domain.
B|perfect. anything i should prepare?
A|Have two examples of handling a difficult guest. And questions for them, it's a two-way interview!
B|will do. thank you sarah!!
A|Good luck Kayla, you'll do great. Call me at 555-0172 if anything's unclear.
""")

conv("l18", 0, [], "pt", "long",
     "mae_teresa", "ines.c.15", "2026-06-12T17:30", """
B|mãe posso ir ao santos populares sábado com a rita e a beatriz?
A|Olá filha. Até que horas?
B|até à meia noite? 🙏
A|Meia noite é tarde, Inês. Tens 15 anos.
B|mas vai toda a gente!!
A|Vai toda a gente não é argumento 😅 Quem leva e quem traz?
B|o pai da rita leva e traz
A|Vou ligar à mãe da Rita para confirmar. Onde vão ficar?
B|em alfama, perto da casa da avó da beatriz
A|Está bem. Até às 23h30 e o telemóvel sempre ligado com a localização partilhada.
B|OBRIGADAAA ❤️
A|E sardinhas com moderação 😂
B|ahah ok
B+1h|mãe mais uma coisa
A|Diz
B|o tomás também vai. o da turma
A|O Tomás que te ajudou com físico-química?
B|sim 🙈 não digas nada ao pai pf
A|Não digo, mas ele vai descobrir sozinho, ele descobre tudo. Gostas dele?
B|mais ou menos 🙈🙈
A|Está bem filha. Divirtam-se, em grupo, e qualquer coisa ligas-me, seja a hora que for.
B|prometo
A+1d|Falei com a mãe da Rita, está tudo combinado. O pai dela vai buscar-vos às 23h15 à igreja.
B|perfeito!!
A|Levo-te dinheiro para o jantar, 15€ chegam?
B|chegam sim obrigada mãe
A|De nada. Amo-te ❤️
B|eu também ❤️
""")

conv("l19", 0, [], "fr", "long",
     "clem.dubois", "sarah_ait", "2026-02-04T12:15", """
A|meuf j'ai une question, tu faisais pas hôtesse d'accueil sur des salons toi ?
B|si pendant 2 ans, pourquoi ?
A|on m'a proposé un truc pour le salon de l'auto à Genève, 220€ la journée, hôtel payé
B|ah c'est pas mal, c'est quelle agence ?
A|euh c'est une fille sur insta qui m'a contactée, elle dit qu'elle bosse pour une agence
B|aïe. elle t'a donné le nom de l'agence ?
A|non justement, elle veut que je lui envoie des photos en pied et mon passeport "pour l'accréditation"
B|alors non. une vraie agence te fait signer un contrat, t'as un SIRET, une fiche de poste, et l'accréditation c'est l'organisateur qui la gère
A|ouais c'est ce que je me disais 😬
B|et ils demandent jamais des photos autres qu'un portrait normal + une photo en tenue de ville
A|elle a aussi dit que "certains clients VIP aiment dîner avec les hôtesses après", c'est normal ça ?
B|NON. dans les vraies agences c'est même interdit dans le contrat. ça pue l'arnaque ou pire
A|ok je bloque
B|signale le compte aussi
A|fait. du coup t'aurais pas une vraie agence à me conseiller ?
B|celle où j'étais, je t'envoie le lien : example.com/accueil-evenements
A|merci 🙏 ils paient combien ?
B|autour de 150-180€ la journée selon les salons, payé par virement à la fin du mois, avec fiche de paie
A|moins que l'autre mais au moins c'est réel mdr
B|exactement. et tu gardes ton passeport 😂
A+1d|j'ai eu un entretien avec eux ce matin, super pro, elle m'a envoyé le contrat par mail
B|trop bien !! pour quel salon ?
A|salon de l'agriculture à Paris, 5 jours en mars
B|tu vas voir des vaches toute la semaine mdrr
A|honnêtement ça me va 🐄
""")

conv("l20", 0, [], "nl", "long",
     "lisa.jnsn", "zusje_mila", "2026-09-01T18:40", """
B|lies ik heb een bijbaantje gevonden!!
A|oeh waar?
B|bij die nagelstudio bij het winkelcentrum. baliewerk en opruimen
A|leuk! hoeveel uur?
B|zaterdag 9 tot 5 en soms woensdagmiddag
A|en wat verdien je
B|€8,60 per uur, minimumjeugdloon voor 17 zeggen ze
A|klopt ongeveer ja. heb je een contract?
B|krijg ik volgende week. ze willen wel een kopie van mijn ID en mijn bsn, is dat raar?
A|nee dat is normaal, dat moet voor de loonadministratie. gewoon een kopie, je echte ID hou je zelf
B|oke goed
A|krijg je loonstrook?
B|ja elke maand via een app
A|top. en wie is de baas?
B|een vrouw, Yvonne, heel aardig. de studio is al 10 jaar daar, mama kent haar ook nog van vroeger
A|haha natuurlijk kent mama haar
B|😂 mama kent iedereen
A|wel opletten met pauzes, je moet na 4,5 uur een half uur pauze krijgen
B|hoe weet jij dat allemaal
A|ik heb 3 jaar bij de supermarkt gewerkt zusje 😎
B|ohja
A+1d|hoe was je eerste dag?
B|druk maar leuk! ik mocht ook de agenda doen
A|kijk jou. moe?
B|dood. maar ik heb €12 fooi gekregen
A|nice. sparen voor je rijbewijs he
B|jaja je lijkt mama wel
A|iemand moet het zeggen 😘
""")

# ---------------------------------------------------------------------------
# PART 6: ids, checks, output
# ---------------------------------------------------------------------------
LIMITS = {"single": (1, 1), "short": (6, 20), "long": (21, 45)}
PHONE = re.compile(r"\b\d{3}-\d{4}\b")
URLISH = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|nl|de|fr|es|pt|br|ie|uk|in|ng|za|au)(?:/\S*)?\b")


def check_and_number():
    seen, per_lang = set(), {}
    for c in CONVS:
        assert c["key"] not in seen, c["key"]
        seen.add(c["key"])
        lo, hi = LIMITS[c["kind"]]
        n = len(c["messages"])
        assert lo <= n <= hi, (c["key"], n)
        assert c["label"] in (0, 1)
        if c["label"] == 1:
            assert c["codes"] and set(c["codes"]) <= ALLOWED_CODES, c["key"]
        else:
            assert c["codes"] == []
        ts = [m["ts"] for m in c["messages"]]
        assert ts == sorted(ts) and len(set(ts)) == len(ts), c["key"]
        for m in c["messages"]:
            assert m["text"] and m["sender"] != m["recipient"]
            for ph in PHONE.findall(m["text"]):
                assert ph.startswith("555-01"), (c["key"], ph)
            for u in URLISH.findall(m["text"]):
                assert "example.com" in u or "example.org" in u, (c["key"], u)
        per_lang[c["lang"]] = per_lang.get(c["lang"], 0) + 1
        c["id"] = "p%s-%s%d" % (NN, c["lang"], per_lang[c["lang"]])
    labels = [c["label"] for c in CONVS]
    kinds = [c["kind"] for c in CONVS]
    assert len(CONVS) == 60 and sum(labels) == 30
    assert (kinds.count("single"), kinds.count("short"), kinds.count("long")) == (15, 25, 20)
    assert per_lang.get("en") == 40
    return per_lang


def main():
    per_lang = check_and_number()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       "probe%s.jsonl" % NN)
    with open(out, "w", encoding="utf-8") as f:
        for c in CONVS:
            rec = {"id": c["id"], "label": c["label"], "codes": c["codes"],
                   "lang": c["lang"], "messages": c["messages"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", out, len(CONVS), "conversations", per_lang)


if __name__ == "__main__":
    main()
