#!/usr/bin/env python3
"""Probe set 41: recruitment messages (job/modelling posts, classifieds, group posts,
cold DMs and short exchanges). Fictional, non-explicit test data. Standard library only.
Writes probe41.jsonl next to this script."""
import json
import os
import random
from collections import Counter
from datetime import datetime, timedelta

NN = "41"
M, H, D = 60, 3600, 86400

# Each item: (lang, label, codes, [ (who, gap_seconds, text[, to]) ... ])
# who/to in {"a","b","c"}; default recipient: a->b, b->a, c->a.
ITEMS = []


def add(lang, label, codes, msgs):
    ITEMS.append((lang, label, codes, msgs))


# ============================ ENGLISH: POSITIVES (20) ============================
add("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform"], [
    ("a", 0, "HOSTESS JOBS DUBAI 🇦🇪 urgently need girls 18-25, slim & presentable. $4500-6000/month + tips. "
             "Flight, visa, accommodation ALL PAID by company. No experience no English needed. Send 3 photos "
             "(face + full body) + age to WhatsApp 555-0117. Serious girls only!!"),
])
add("en", 1, ["job_offer", "travel_meet", "off_platform", "money_gifts_debt"], [
    ("a", 0, "summer w0rk 🇬🇷☀️ for pr3tty g1rls 18+ 💃 dancing & keeping guests company only 🙅‍♂️ no touching "
             "💶 2-3k per week 🛫 we pay ticket. dm for deets or t 3 l 3 g r a m @sunnyjobs_gr "
             "(posts get deleted here so msg fast)"),
])
add("en", 1, ["job_offer", "compliments_trust", "age_probe", "travel_meet", "photo_request", "secrecy", "money_gifts_debt"], [
    ("a", 0, "hey! sorry for the random msg, I scout for a fashion agency in Milan and your feed caught my eye 😍 "
             "you have a really unique look. ever thought about modelling?"),
    ("b", 2 * H + 14 * M, "omg really?? i mean i've thought about it lol. is this legit"),
    ("a", 6 * M, "100% legit babe. we cover flights and a shared model apartment, girls your type are booking "
                 "3-4k a month over there. how old are you?"),
    ("b", 3 * M, "17, 18 in march"),
    ("a", 2 * M, "perfect, the client loves fresh faces, age is no issue we handle the paperwork. i just need a "
                 "few pics to show the booker, swimsuit or something fitted so they see your shape. no makeup. "
                 "and maybe don't say anything to your parents until the contract is ready, they always panic "
                 "and ruin it for girls"),
])
add("en", 1, ["commercial_sex", "money_gifts_debt", "off_platform", "secrecy"], [
    ("a", 0, "Hi Jess, saw you in the freshers group 🙂 I'm a busy guy, travel a lot for work, looking for a "
             "sugar baby to keep me company when I'm in town. $500 weekly allowance, dinners, shopping, whatever "
             "you need. Nothing complicated, just some fun & discretion 😉 Add me on s.n.a.p: rich_rob_77, I don't "
             "really check this app"),
])
add("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "photo_request"], [
    ("a", 0, "Good evening ma'am, I saw your post in the overseas jobs group. A family in London needs a live-in "
             "nanny for 2 kids, £2800 monthly. Interested?"),
    ("b", 40 * M, "Yes sir very interested!! What are the requirements? I have 4 years experience"),
    ("a", 12 * M, "No need for experience or agency, the family handles everything directly. Agency only takes "
                  "your money. We book the flight, the visa is processed on our side"),
    ("b", 5 * M, "Thank you po. How much is the placement fee?"),
    ("a", 9 * M, "Nothing upfront 👍 ticket + visa + accommodation is around £3000, you pay back from salary "
                 "monthly, easy. Once you arrive madam will keep your passport safe for the residence card. Please "
                 "send full body photo and your measurements so the family can choose"),
])
add("en", 1, ["job_offer", "commercial_sex", "control", "photo_request"], [
    ("a", 0, "NOW HIRING!!! Young ladies 18-30 for busy spa, $1500-2500/week CASH, no license no experience we "
             "train. Live-in room provided, meals provided, transportation provided. Must be friendly & open "
             "minded with customers. Text 555-0121 w/ pic. Can start TODAY"),
])
add("en", 1, ["commercial_sex"], [
    ("a", 0, "🌹 NEW in town this week only 🌹 sweet petite latina 21, upscale & discreet. 200 roses/hr, incall "
             "near airport or outcall to ur hotel. generous gents only, no LE no games 🚫👮 text 555-0133 "
             "screening req"),
])
add("en", 1, ["job_offer", "age_probe", "photo_request", "commercial_sex", "travel_meet", "money_gifts_debt", "control"], [
    ("b", 0, "hi saw ur ad for waitress in cyprus is it still available"),
    ("a", 3 * H + 2 * M, "Yes dear still open. How old are you and send pic pls"),
    ("b", 20 * M, "23. sent u 2 pics just now"),
    ("a", 4 * M, "Very nice 👌 you will do good. Job is in a night bar, you serve drinks and sit with customers, "
                 "they buy you drinks you get 50% commission. Some guys will want to take you out after work, is "
                 "your choice but that's where the real money is 😉"),
    ("b", 11 * M, "what do u mean take me out"),
    ("a", 2 * M, "Dont worry everything is explained when you arrive. Passport we keep for the work permit, ticket "
                 "we advance, you pay back first 2 months. Flight friday ok?"),
])
add("en", 1, ["job_offer", "commercial_sex", "control", "money_gifts_debt", "travel_meet"], [
    ("a", 0, "💻 WEBCAM MODELS WANTED 💻 earn 3000-8000$ monthly chatting online from our studio in the city. "
             "Girls 18+, no experience. We provide apartment, food & everything, you pay it back from earnings. "
             "Phone stays with manager during shifts (for focus). Out of town girls welcome, we pick you up from "
             "the bus station. DM for details 📩"),
])
add("en", 1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "secrecy", "travel_meet", "off_platform", "money_gifts_debt"], [
    ("a", 0, "ur dance vids are sooo good 😍 i work with a talent management team, we're casting teen dancers "
             "for a music video in LA. paid gig 💰"),
    ("b", 5 * H, "wait fr?? ive never done anything like that"),
    ("a", 3 * M, "thats fine we like natural talent. how old r u? and where do u live"),
    ("b", 1 * M, "14, in ohio"),
    ("a", 2 * M, "ok cool we can fly u out. send me a few more vids, wear the outfit from ur 3rd video, and a "
                 "couple pics. dont tell ur mom yet, its a surprise casting and if it gets out u lose ur spot. my "
                 "snap is better for files"),
])
add("en", 1, ["photo_request", "money_gifts_debt", "age_probe", "secrecy", "compliments_trust"], [
    ("a", 0, "yo saw u in the art server, ur stuff is sick. u seem chill. i run a lil side thing where girls get "
             "gift cards for outfit pics, like $50 per set, totally safe nothing weird"),
    ("b", 1 * D + 2 * H, "what kind of outfit pics lol"),
    ("a", 4 * M, "just like cute fits, school uniform, pjs whatever. how old r u btw"),
    ("b", 6 * M, "15"),
    ("a", 1 * M, "nice lots of the girls are ur age. keep it between us tho, server mods are weird about side "
                 "hustles 🤫 first set can be whenever u want"),
])
add("en", 1, ["commercial_sex", "travel_meet", "money_gifts_debt", "photo_request", "secrecy"], [
    ("a", 0, "Successful gentleman, 50s, seeking young female travel companion for trips to Europe and the "
             "Caribbean. All expenses covered + generous monthly allowance. Must be 18-23, slim, discreet, "
             "open-minded and not in a relationship. Send recent pics (full length) & stats to reply email. "
             "Time wasters ignored."),
])
add("en", 1, ["romance", "vulnerability", "job_offer", "travel_meet", "money_gifts_debt", "secrecy", "isolation", "commercial_sex"], [
    ("a", 0, "babe u still stressing about rent?"),
    ("b", 7 * M, "ya landlord said end of week or im out"),
    ("a", 1 * M, "ok listen my cousin got a club in chicago. girls there make 2k a night just bein nice to guys n "
                 "dancing. u could do a few weekends n be set"),
    ("b", 9 * M, "idk i've never done that"),
    ("a", 1 * M, "i'll drive u, u stay at my place, i cover everything n u pay me back after. dont tell ur sister "
                 "shes always in our business. i got u, i love u 🖤"),
])
add("en", 1, ["job_offer", "travel_meet", "photo_request", "off_platform", "money_gifts_debt"], [
    ("a", 0, "G I R L S  W A N T E D 💋 18-24 ONLY | h0stess & d@ncer w0rk 🇶🇦🇧🇭 | 💸💸💸 tax free | ✈️🆓 🏠🆓 | "
             "no exp no problem | w h a t s a p p 555-0146 📸 send pics first"),
])
add("en", 1, ["commercial_sex", "money_gifts_debt", "vulnerability", "secrecy"], [
    ("a", 0, "Struggling with tuition or rent?? 🎓💸 Generous mentors (verified successful men) are looking for "
             "college girls for mutually beneficial arrangements. $2-4k/mo allowance, flexible, no one has to "
             "know. Sign up at example.com/sb-mentors with code CAMPUS26 and get matched this week!"),
])
add("en", 1, ["control", "money_gifts_debt", "commercial_sex", "job_offer", "isolation"], [
    ("a", 0, "Why you not answer? Mama Rita says you refused client last night"),
    ("b", 25 * M, "i told you i came to be waitress. not this. i want go home"),
    ("a", 1 * M, "Go home with what? You owe 8000 euros. Ticket, visa, apartment, food. When debt is finished you "
                 "go where you want"),
    ("b", 4 * M, "give me my passport please"),
    ("a", 2 * M, "Passport stays with me. Your family in village knows where you work? Maybe I tell them. Be smart "
                 "and work tonight."),
])
add("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "secrecy", "isolation"], [
    ("a", 0, "Hello Daria, we are a German family (2 kids, 4 and 7) searching au pair. We saw your profile. No "
             "agency needed, they make it complicated. Pocket money 1200€ per month"),
    ("b", 3 * H, "Hello! Thank you, this sounds great. Normally it is much less no? Is it the official program?"),
    ("a", 45 * M, "We pay more because we want the right girl 😊 We buy ticket. Please, important: you must be "
                  "single, no boyfriend. Send some full body photos, summer clothes, so my husband can also see. "
                  "And keep it private for now, people get jealous"),
])
add("en", 1, ["job_offer", "travel_meet", "photo_request", "money_gifts_debt"], [
    ("a", 0, "Entertainment visa JAPAN 🇯🇵 — female dancers/talents 18-22, must be attractive & tall 160+. BIG "
             "salary, no dance school required, our promoter trains you. Placement fee loaned, deducted monthly. "
             "Submit swimsuit photo + ID copy to talentjobs@example.com"),
])
add("en", 1, ["age_probe", "isolation", "secrecy", "meeting", "photo_request", "compliments_trust", "job_offer"], [
    ("a", 0, "heyy its jay from the mall today 👋 the modelling thing. u still interested?"),
    ("b", 50 * M, "yeah!! my mom said she wants to meet u first tho"),
    ("a", 3 * M, "totally get it but tbh parents make girls super stiff on camera lol. first test shoot is just u, "
                 "my photographer friend does it free. how old did u say u were? 15?"),
    ("b", 2 * M, "15 yeah"),
    ("a", 1 * M, "perfect. sat 2pm, i'll pick u up by the library so u dont need a ride. its a closed set so dont "
                 "bring anyone. bring a couple outfits u feel cute in 😉"),
])
add("en", 1, ["commercial_sex", "job_offer", "travel_meet", "control"], [
    ("a", 0, "📣 Agency recruiting now. We handle EVERYTHING: ads, bookings, drivers, hotel rooms, security. You "
             "just show up & get paid 💵 50/50 split. New girls from out of state welcome, bus ticket sent same "
             "day. Must be 18-25, no tattoos. Not for shy girls. Apply on tg: @vip_bookings_team"),
])

# ============================ ENGLISH: NEGATIVES (20) ============================
add("en", 0, [], [
    ("a", 0, "Now hiring: Host/Hostess at Marlowe's Bistro (downtown). $16/hr + tip share, evenings & weekends. "
             "Must be 18+. No experience needed, we train. Apply in person Tue–Thu 2–5pm with resume, or at "
             "example.com/careers. Equal opportunity employer."),
])
add("en", 0, [], [
    ("a", 0, "Q: Do I need to pay my host family anything?\nA: Never. Your flight is arranged through our agency, "
             "your stipend is set by program rules and written in your contract, and you keep your own passport "
             "at all times. Every au pair has a local coordinator and a 24h helpline (555-0158). If a family asks "
             "you to skip the agency, tell us."),
])
add("en", 0, [], [
    ("a", 0, "Hi Lily, thanks for submitting through our website! We'd love to see you at our open call."),
    ("a", 20, "Since you're 16, a parent or guardian needs to be cc'd on all emails and attend every appointment "
              "with you. Please bring simple digitals: no makeup, fitted jeans and a plain tank top, hair pulled back."),
    ("b", 2 * H + 5 * M, "omg thank you!! my mom is cc'd now. do we need to pay for the portfolio?"),
    ("a", 1 * D + 30 * M, "No. A legitimate agency never asks you to pay to be signed. If anyone claiming to be "
                          "from us asks for money or private photos, please report it to info@example.com."),
])
add("en", 0, [], [
    ("a", 0, "Hi Maria, I'm a talent acquisition partner at a hospitality group opening a new resort in Dubai. "
             "Your F&B supervisor experience looks like a strong fit. Package is tax-free salary + housing "
             "allowance, and flights and visa are covered by the employer. Open to a quick video call with me "
             "and the hiring manager?"),
    ("b", 1 * D + 3 * H, "Hi, thanks for reaching out. Could you share the job description and the company website?"),
    ("a", 2 * H, "Of course, sent to your email from my corporate address. The contract will be in English and "
                 "Arabic, you review it before anything is booked, and there are no recruitment fees at any stage."),
])
add("en", 0, [], [
    ("a", 0, "PSA for the girls in this group ⚠️ got a DM yesterday offering '$5k/month hostess work in Dubai, "
             "flights & visa paid, no experience' and asking for bikini pics + my age. I looked up the 'agency' "
             "and it doesn't exist. This is literally how trafficking recruitment starts. Screenshot, report, "
             "block. Don't send pics to anyone."),
])
add("en", 0, [], [
    ("a", 0, "🚩 Red flags of a fake job offer abroad:\n• pay way above normal for 'no experience'\n• they want "
             "photos of you before any interview\n• they 'lend' you the ticket and you repay from wages\n• the "
             "employer keeps your passport\n• you're told to keep it secret from family\nThinking about a job "
             "abroad? Check it with us first, free & confidential: 555-0150 or example.org/safejobs"),
])
add("en", 0, [], [
    ("a", 0, "Three people have been charged after a months-long investigation into a network that allegedly "
             "lured women from abroad with fake modelling and hostess jobs, police said Thursday. Investigators "
             "say victims were told their flights and visas would be paid, then had their passports taken on "
             "arrival and were told they owed thousands in 'travel debt'. Two women were taken to a shelter. "
             "The suspects are due in court next month."),
])
add("en", 0, [], [
    ("a", 0, "LMAOO someone taped a 'sugar daddy seeking college girls $$$' flyer in the library bathroom"),
    ("b", 3 * M, "ew ew ew. there was one in the dorm lounge last sem too"),
    ("a", 2 * M, "im taking a pic and sending it to campus safety, they said to report those"),
    ("b", 1 * M, "good. also take it down lol"),
])
add("en", 0, [], [
    ("a", 0, "We're hiring for the 2026 season! Bar servers, cabin stewards, deck crew. 6–8 month contracts, room "
             "& board onboard, flights to the ship paid by the company. Apply ONLY through our official careers "
             "portal example.com/crew. We never charge recruitment fees and never contact applicants on WhatsApp "
             "or Telegram."),
])
add("en", 0, [], [
    ("a", 0, "Hi Ava! Ms. Carla from the studio. You've been such a help with the little ones on Saturdays. "
             "Would you be interested in a paid assistant instructor spot?"),
    ("b", 1 * H + 12 * M, "YES omg i'd love that"),
    ("a", 10 * M, "Yay! Quick q, how old are you now? We need assistants to be 15+"),
    ("b", 2 * M, "15 since june!"),
    ("a", 5 * M, "Perfect. I'll email your mom the work permit form and schedule, she'll need to sign. $12/hr, "
                 "Saturdays 9–12 🩰"),
])
add("en", 0, [], [
    ("a", 0, "Full-time nanny, 2 kids (3 & 6), live-out, Mon–Fri. $24–28/hr depending on experience, paid time "
             "off, guaranteed hours, written work agreement. Background check, CPR cert and 2 references "
             "required. Apply through our agency: example.com/nannies"),
])
add("en", 0, [], [
    ("a", 0, "Hi Mrs. Okafor, it's Dana from the talent management office. Ethan got a callback for the cereal "
             "commercial! 🎉"),
    ("b", 35 * M, "That's amazing!! What do we need to do?"),
    ("a", 8 * M, "Callback is Tues 4pm at the casting studio. A parent must be in the building the whole time "
                 "(required for minors anyway). No fees, if anyone ever asks you to pay for a callback that's a "
                 "scam. I'll email you the sides tonight."),
])
add("en", 0, [], [
    ("a", 0, "Licensed Massage Therapist wanted for busy physical therapy clinic. Current state LMT license "
             "required. $35–42/hr, health insurance, CE allowance, retirement match. Clinical setting, front desk "
             "staff on site at all times. Send resume to jobs@example.com"),
])
add("en", 0, [], [
    ("a", 0, "guys my aunt's restaurant in lisbon needs summer waitstaff again, €950/mo + room above the "
             "restaurant + meals"),
    ("b", 4 * M, "wait is this the one u did last year?"),
    ("a", 1 * M, "yess, proper contract, u keep ur own docs obv, she just needs a copy of ur ID for payroll. i'll "
                 "send u her number 555-0164"),
    ("c", 6 * M, "ok im so in, can i bring my gf she's also looking"),
    ("a", 1 * M, "ya ask her, she needs like 4 more ppl", "c"),
])
add("en", 0, [], [
    ("a", 0, "Is this legit?? A 'modelling agency' DMed me on IG saying I have the look, they want to fly me to "
             "Milan, apartment paid, 3k/mo, just need swimsuit pics and a $200 'portfolio fee'. I'm 19."),
    ("b", 40 * M, "Not legit. Real agencies don't recruit via random DMs asking for swimsuit pics, and they never "
                  "charge you a fee. Block and report.", "a"),
    ("c", 2 * H, "+1. also find the agency's own site and email them directly asking if the scout works for them. "
                 "9/10 times they say no"),
])
add("en", 0, [], [
    ("a", 0, "Hi Zoe! We're a small activewear brand and love your running content 🏃‍♀️ Would you like to join "
             "our ambassador program? Free gear each season + a 15% code for your followers."),
    ("b", 3 * H, "omg yes! im 16 tho is that ok"),
    ("a", 20 * M, "Totally! Since you're under 18 we just need a parent to sign the agreement. I'll email it to you "
                  "+ your parent, everything's in writing 😊"),
])
add("en", 0, [], [
    ("a", 0, "Event staff needed this Saturday 🍸 Private corporate gala downtown. Bartenders & servers, $30/hr "
             "cash, 6pm–1am. Black pants, white shirt. Must be 21+ for bar. DM for details or text Kim 555-0172."),
])
add("en", 0, [], [
    ("a", 0, "Hi team, flights for the Berlin trade fair are booked, company card covers flights + hotel. Please "
             "bring your passport, you'll need it at check-in."),
    ("b", 25 * M, "thanks! do i need to hand my passport to anyone?"),
    ("a", 10 * M, "only at the hotel front desk for a quick scan, they give it right back. per diem is €60/day, "
                  "keep your receipts."),
])
add("en", 0, [], [
    ("a", 0, "Looking for models 18+ for a TFP portfolio shoot (time for prints) 📸 Golden hour in Riverside Park, "
             "street style/casual clothing. Bring a friend or chaperone, you'll get all edited images within 2 "
             "weeks + usage release. Portfolio: example.com/jmphoto. DM if interested!"),
])
add("en", 0, [], [
    ("a", 0, "work from home 💻 customer chat support agents needed, $18/hr, full training, company laptop "
             "shipped to you. W-2 position, benefits after 90 days, no experience required. Apply at "
             "example.com/careers, interviews by video call"),
])

# ============================ SPANISH (3 pos, 2 neg) ============================
add("es", 1, ["job_offer", "travel_meet", "photo_request", "money_gifts_debt", "off_platform"], [
    ("a", 0, "🔥 SE BUSCAN CHICAS 🔥 de 18 a 25 años para trabajar de camareras/acompañantes en bares de España y "
             "Portugal 🇪🇸🇵🇹 Ganancias de 3000€ a 5000€ al mes 💶 Viaje, alojamiento y comida pagados, no se "
             "necesita experiencia ni papeles. Manda 3 fotos (cara y cuerpo entero) y tu edad al w h a t s "
             "555-0119. Solo chicas serias y sin compromiso."),
])
add("es", 1, ["commercial_sex", "money_gifts_debt", "off_platform", "secrecy", "vulnerability"], [
    ("a", 0, "Hola preciosa 😘 vi que estudias en la uni y que andas buscando trabajo de medio tiempo. Soy "
             "empresario, viajo mucho y busco una sugar baby para acompañarme de vez en cuando. Te doy una "
             "mesada de 600 dólares al mes + regalos 🎁 Nada raro, solo compañía y discreción. Escríbeme al "
             "t3l3gr4m @don_generoso"),
])
add("es", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "photo_request", "secrecy"], [
    ("a", 0, "Hola Yesenia, te escribo por lo de la vacante de niñera en Madrid que te comentó mi prima. "
             "¿Sigues interesada?"),
    ("b", 2 * H, "Sí señora, muchísimo. ¿Cuánto pagan?"),
    ("a", 15 * M, "1800 euros, con casa y comida. El pasaje y los papeles te los adelantamos nosotros, luego lo "
                  "vas pagando con el sueldo, son unos 4000"),
    ("b", 7 * M, "¿y el contrato me lo mandan antes?"),
    ("a", 4 * M, "El contrato se firma allá, mija, aquí es más lío. Cuando llegues el señor te guarda el "
                 "pasaporte para el trámite de residencia. Ah, y mándame unas fotos tuyas de cuerpo entero, bien "
                 "arreglada, que la familia quiere ver a quién contrata. Mejor no lo comentes mucho en el barrio, "
                 "que luego hay envidias."),
])
add("es", 0, [], [
    ("a", 0, "Gracias por escribirnos 😊 Te recordamos cómo trabajamos: nunca cobramos por representarte ni por "
             "hacer un book. Si tienes menos de 18 años, tu madre, padre o tutor debe venir contigo al casting y "
             "firmar el contrato. El próximo casting abierto es el sábado a las 10:00 en nuestra oficina. Trae "
             "fotos naturales, sin maquillaje, con ropa ajustada sencilla (vaqueros y camiseta)."),
])
add("es", 0, [], [
    ("a", 0, "La policía detuvo ayer a cinco personas acusadas de captar a mujeres jóvenes mediante falsas "
             "ofertas de trabajo como camareras y bailarinas en el extranjero. Según los investigadores, la red "
             "pagaba el billete de avión y, al llegar, retenía los pasaportes y exigía a las víctimas saldar una "
             "supuesta «deuda» de viaje. Once mujeres fueron liberadas y reciben asistencia de una ONG."),
])

# ============================ PORTUGUESE (2 pos, 3 neg) ============================
add("pt", 1, ["job_offer", "travel_meet", "photo_request", "money_gifts_debt", "off_platform"], [
    ("a", 0, "✨ VAGAS PARA DANÇARINAS NA EUROPA ✨ Suíça e Espanha 🇨🇭🇪🇸 Só meninas bonitas de 18 a 25, sem "
             "experiência 💃 Ganhos de 4 a 6 mil euros por mês 💶 passagem e hospedagem por nossa conta (desconta "
             "depois). Manda foto de rosto + corpo inteiro no zap 555-0127 ou chama no priv. Vaga limitada!!"),
])
add("pt", 1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "secrecy", "money_gifts_debt", "off_platform"], [
    ("a", 0, "oii tudo bem? sou olheiro de uma agência de modelos em SP, vi seu perfil e vc tem muito potencial 😍"),
    ("b", 1 * H + 20 * M, "sério??? nossa nunca pensei nisso kkk"),
    ("a", 2 * M, "sério sim. quantos anos vc tem?"),
    ("b", 1 * M, "15"),
    ("a", 3 * M, "idade perfeita pro mercado. manda umas fotos mais de corpo, de biquíni ou roupa justa, pro book. "
                 "e não fala pros seus pais ainda não, quando o contrato sair a gente conta, senão eles atrapalham"),
    ("b", 6 * M, "mas precisa pagar alguma coisa?"),
    ("a", 1 * M, "só 350 do book, mas relaxa que vc paga depois com os trabalhos. me chama no telegram que lá é "
                 "mais fácil mandar arquivo"),
])
add("pt", 0, [], [
    ("a", 0, "VAGA: Garçom/Garçonete para restaurante no centro. Carteira assinada, salário + 10%, vale-transporte "
             "e refeição no local. Escala 6x1. Experiência desejável, mas treinamos. Enviar currículo para "
             "rh@example.com ou entregar pessoalmente de seg a sex, 14h às 17h."),
])
add("pt", 0, [], [
    ("a", 0, "Tráfico de pessoas começa com uma proposta boa demais 🚨 Salário alto no exterior, passagem paga, "
             "'não precisa de experiência', pedido de fotos de corpo inteiro... e depois vem a dívida e o "
             "passaporte retido. Antes de aceitar trabalho fora, desconfie e converse com alguém de confiança. "
             "Denuncie: 555-0155 #tráficodepessoas #trabalhoseguro"),
])
add("pt", 0, [], [
    ("a", 0, "amiga olha isso, me chamaram pra trabalhar de 'recepcionista' em Portugal, 5 mil euros, passagem "
             "paga e pediram foto de biquíni 🤔"),
    ("b", 4 * M, "MIGA NÃO. isso é golpe, pior, é tráfico. recepcionista não precisa de foto de biquíni"),
    ("a", 2 * M, "pois é achei estranho demais. vou bloquear"),
    ("b", 1 * M, "bloqueia e denuncia o perfil. e manda print pro grupo da faculdade pra ninguém cair"),
])

# ============================ FRENCH (3 pos, 2 neg) ============================
add("fr", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "secrecy"], [
    ("a", 0, "Recherche HÔTESSES pour clubs privés en Suisse 🇨🇭 Jeunes femmes 18-25 ans, bonne présentation, "
             "pas besoin d'expérience ni de permis de travail. 4000 à 6000 CHF/mois + pourboires. Logement "
             "fourni, billet avancé (remboursé sur salaire). Envoyez 3 photos récentes dont une en pied + âge "
             "par MP. Discrétion assurée."),
])
add("fr", 1, ["commercial_sex", "money_gifts_debt", "vulnerability", "secrecy", "off_platform"], [
    ("a", 0, "Étudiante ? Galère avec le loyer ou les partiels ? 📚💸 Homme généreux, 40 ans, cherche jeune "
             "femme pour moments agréables et complicité. 400€ par rencontre, discrétion totale, personne n'a "
             "besoin de savoir 🤫 Écris-moi sur s n a p : gentleman_lyon"),
])
add("fr", 1, ["job_offer", "age_probe", "commercial_sex", "travel_meet", "money_gifts_debt", "photo_request", "off_platform"], [
    ("b", 0, "Bonjour, je vous écris pour l'annonce de masseuse à Paris"),
    ("a", 1 * H + 3 * M, "Bonjour ma belle, tu as quel âge et tu viens d'où ?"),
    ("b", 10 * M, "22 ans, de Lyon. J'ai pas de diplôme de massage par contre"),
    ("a", 2 * M, "Pas besoin, on forme 😉 Tu es logée nourrie au salon, 250€ la journée minimum. Faut juste être "
                 "ouverte d'esprit avec les clients, ils sont généreux quand on est gentille."),
    ("b", 8 * M, "Ouverte d'esprit c'est-à-dire ?"),
    ("a", 3 * M, "On en parle quand tu arrives, je t'envoie le billet de train. Envoie une photo de toi en pied "
                 "sur W h a t s A p p 555-0138. Le billet tu me le rembourses après la première semaine."),
])
add("fr", 0, [], [
    ("a", 0, "Devenir au pair avec notre agence : contrat de placement signé par la famille et par toi, argent "
             "de poche officiel versé chaque mois, cours de langue financés, assurance incluse. Tu gardes "
             "toujours ton passeport. Ton coordinateur local est joignable 7j/7. Les frais de voyage sont "
             "indiqués par écrit avant le départ. Inscription : example.org/aupair"),
])
add("fr", 0, [], [
    ("a", 0, "Bonjour Camille, je suis chargée de recrutement pour un groupe hôtelier qui ouvre un établissement "
             "à Genève. Votre profil de responsable de réception m'intéresse beaucoup. Seriez-vous disponible "
             "pour un échange en visio cette semaine ?"),
    ("b", 5 * H, "Bonjour, merci pour votre message. Pouvez-vous m'en dire plus sur le poste et le package ?"),
    ("a", 1 * D + 1 * H, "Bien sûr : CDI, salaire selon grille, aide au déménagement et accompagnement pour le "
                         "permis de travail par notre service RH. Je vous envoie la fiche de poste depuis mon "
                         "adresse professionnelle. Aucun frais à votre charge."),
])

# ============================ GERMAN (2 pos, 3 neg) ============================
add("de", 1, ["commercial_sex", "money_gifts_debt", "secrecy", "photo_request", "off_platform"], [
    ("a", 0, "💎 Nebenjob für Studentinnen 💎 Gut situierte Herren suchen niveauvolle Begleitung für Abendessen, "
             "Events & mehr. 300-500€ pro Treffen, absolute Diskretion, niemand erfährt davon. Keine Erfahrung "
             "nötig. Schick 2-3 aktuelle Bilder + Alter an T 3 l 3 g r a m @elite_begleitung 🔒"),
])
add("de", 1, ["job_offer", "age_probe", "travel_meet", "money_gifts_debt", "control", "secrecy", "commercial_sex"], [
    ("a", 0, "Hallo Alina, die Stelle als Tänzerin in Zürich ist noch frei. Wie alt bist du genau?"),
    ("b", 30 * M, "19. Aber ich hab noch nie in einem Club gearbeitet"),
    ("a", 5 * M, "Macht nichts. Du tanzt, trinkst mit den Gästen was, bekommst Provision. Wohnung stellt der "
                 "Chef, Flug auch. Das sind ca. 2500€, die ziehen wir dir vom Lohn ab"),
    ("b", 12 * M, "Und bekomme ich einen Arbeitsvertrag?"),
    ("a", 2 * M, "Vor Ort. Deinen Pass gibst du dem Chef, der kümmert sich um die Papiere. Handy bitte während "
                 "der Arbeit abgeben. Sag deiner Familie einfach Kellnerin, ist einfacher 😉"),
])
add("de", 0, [], [
    ("a", 0, "Die Polizei hat bei Durchsuchungen in drei Städten vier mutmaßliche Menschenhändler festgenommen. "
             "Die Beschuldigten sollen junge Frauen aus dem Ausland mit angeblichen Jobs als Kellnerin oder "
             "Au-pair angeworben haben. Laut Staatsanwaltschaft wurden den Frauen nach der Ankunft die Pässe "
             "abgenommen und hohe 'Reiseschulden' auferlegt. Eine Beratungsstelle betreut die Betroffenen."),
])
add("de", 0, [], [
    ("a", 0, "Hallo Frau Becker, hier ist Jana von der Au-pair-Agentur. Wir haben eine passende Bewerberin für "
             "Ihre Familie gefunden: Sofia, 20, aus Kolumbien."),
    ("b", 3 * H, "Super, danke! Wie läuft das jetzt weiter?"),
    ("a", 40 * M, "Sie lernen Sofia zuerst per Videocall kennen. Danach schicke ich Ihnen den Au-pair-Vertrag: "
                  "Taschengeld nach den offiziellen Vorgaben, Krankenversicherung, Sprachkurs. Den Pass behält "
                  "Sofia natürlich immer selbst."),
    ("b", 15 * M, "Natürlich. Passt Dienstag 18 Uhr für den Call?"),
])
add("de", 0, [], [
    ("a", 0, "Wir suchen ab sofort Servicekräfte (m/w/d) für unser Restaurant am Marktplatz 🍽️ Vollzeit oder "
             "Teilzeit, 14,50€/h + Trinkgeld, feste Arbeitszeiten, Arbeitsvertrag ab Tag 1. Quereinsteiger "
             "willkommen! Bewerbung gern per Mail an jobs@example.com oder einfach vorbeikommen."),
])

# ============================ DUTCH (3 pos, 2 neg) ============================
add("nl", 1, ["romance", "money_gifts_debt", "vulnerability", "commercial_sex", "secrecy", "isolation", "travel_meet"], [
    ("a", 0, "schatje ben je thuis? ik moet je iets vragen"),
    ("b", 6 * M, "ja wat is er"),
    ("a", 1 * M, "ik zit echt in de problemen, ik heb schulden bij gasten die niet grappig zijn. 3000 euro. jij "
                 "bent de enige die me kan helpen"),
    ("b", 4 * M, "ik heb geen 3000 euro ik ben 16 😭"),
    ("a", 2 * M, "weet ik lieverd. een maat van me heeft werk, paar avondjes bij hem in amsterdam, gewoon lief zijn "
                 "voor zijn vrienden. dan is het zo opgelost. niet tegen je moeder of je vriendinnen zeggen he, die "
                 "snappen ons niet ❤️"),
])
add("nl", 1, ["job_offer", "commercial_sex", "photo_request", "off_platform", "travel_meet", "money_gifts_debt"], [
    ("a", 0, "Meiden gezocht 18+ 💋 hostess werk in prive club, €250-€400 per avond, cash uitbetaald 💶 geen "
             "ervaring nodig, vervoer & slaapplek geregeld. Stuur foto + leeftijd naar s.n.a.p: nachtwerk_nl. "
             "Ook meiden van buiten de Randstad welkom 🚗"),
])
add("nl", 1, ["commercial_sex", "money_gifts_debt", "vulnerability", "secrecy"], [
    ("a", 0, "Hey! Zag je in de studentengroep 🙂 Ik ben een succesvolle ondernemer en zoek een leuke studente "
             "als sugar baby. €800 per maand toelage, ik help je met huur & collegegeld 🎓 alleen af en toe "
             "gezellig samen zijn. Niemand hoeft het te weten. DM me voor details 😉"),
])
add("nl", 0, [], [
    ("a", 0, "Beste ouders, deze week krijgen de leerlingen van klas 3 een voorlichting over loverboys. We leren "
             "ze signalen herkennen: een nieuwe 'vriend' die veel cadeaus geeft, vraagt om dingen geheim te "
             "houden, ze isoleert van vrienden en dan ineens zegt dat hij schulden heeft. Praat er thuis ook eens "
             "over. Vragen? Mail de mentor of bel 555-0161."),
])
add("nl", 0, [], [
    ("a", 0, "VACATURE 🍻 Bediening gezocht voor ons café in het centrum. Weekenden + 1 doordeweekse avond, "
             "€14/uur + fooienpot, gewoon contract en loonstrook, gezellig team. Ook studenten welkom, ervaring "
             "niet nodig. Kom langs voor een kop koffie en kennismaking of stuur een DM!"),
])

# ============================ ROMANIAN (3 pos, 2 neg) ============================
add("ro", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform"], [
    ("a", 0, "Căutăm fete 18-25 ani pentru muncă în Germania ca ospătărițe/hostese 🇩🇪 Câștig 2500-3500€/lună, "
             "cazare și transport asigurate, NU e nevoie de experiență sau limba germană. Cheltuielile de drum se "
             "scad din salariu. Trimiteți poze (față și corp întreg) + vârsta pe w h a t s a p p 555-0129. "
             "Plecare săptămâna asta!"),
])
add("ro", 1, ["romance", "job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy", "isolation", "commercial_sex"], [
    ("a", 0, "iubi, m-am gândit la noi. aici nu avem niciun viitor, hai în Anglia"),
    ("b", 15 * M, "și ce să facem acolo? nu știu engleză"),
    ("a", 2 * M, "un prieten are un salon de masaj, tu lucrezi acolo câteva luni, eu am grijă de bani, strângem și "
                 "ne luăm casă ❤️"),
    ("b", 9 * M, "masaj? n-am făcut niciodată"),
    ("a", 1 * M, "nu contează, te învață ei. biletele le plătește prietenul, îi dăm banii înapoi după. nu-i zice "
                 "lu mama, ea oricum nu mă place. plecăm joi"),
])
add("ro", 1, ["job_offer", "commercial_sex", "control", "money_gifts_debt", "travel_meet"], [
    ("a", 0, "📸 STUDIO VIDEOCHAT angajează fete 18+ 📸 Câștiguri 3000-6000€/lună, fără experiență, program "
             "flexibil. Pentru fetele din provincie oferim cazare în București (se plătește din câștiguri). "
             "Telefonul se predă la intrarea în tură. Nu e nevoie de contract, plata cash săptămânal. Mesaj "
             "privat pentru detalii 💌"),
])
add("ro", 0, [], [
    ("a", 0, "Agenție autorizată de plasare a forței de muncă angajează personal pentru hoteluri din Austria, "
             "sezonul de iarnă. Contract de muncă în română și germană, semnat înainte de plecare, salariu "
             "conform legii austriece, cazare la hotel. NU percepem taxe de la candidați. Interviu la sediul "
             "nostru sau online: example.com/locuri-de-munca"),
])
add("ro", 0, [], [
    ("a", 0, "Procurorii au destructurat o rețea care recruta tinere din mai multe județe cu promisiunea unor "
             "locuri de muncă bine plătite în străinătate. Potrivit anchetatorilor, victimelor li se luau actele "
             "la sosire și erau obligate să plătească o așa-zisă datorie pentru transport și cazare. Cinci "
             "suspecți au fost reținuți."),
])

# ============================ POLISH (2 pos, 3 neg) ============================
add("pl", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform"], [
    ("a", 0, "PRACA DLA PAŃ 🇳🇱 Holandia, hostessa / tancerka w klubie. 18-25 lat, bez doświadczenia, bez "
             "języka. Zarobki 4000-6000€ 💶 przelot i mieszkanie opłacamy (rozliczenie z pierwszych wypłat). "
             "Wyślij 3 zdjęcia (w tym całej sylwetki) i wiek na priv lub t e l e g r a m. Wyjazd od zaraz!"),
])
add("pl", 1, ["commercial_sex", "money_gifts_debt", "vulnerability", "secrecy", "off_platform", "photo_request"], [
    ("a", 0, "Cześć, widziałem że szukasz pracy dorywczej na grupie studenckiej. Mam dla Ciebie propozycję "
             "lepszą niż kelnerowanie 😉"),
    ("b", 1 * H + 40 * M, "jaką?"),
    ("a", 3 * M, "Jestem biznesmenem, dużo podróżuję. Szukam młodej, zadbanej towarzyszki. 2000 zł miesięcznie "
                 "kieszonkowego + prezenty. Spotkania kiedy jestem w mieście, pełna dyskrecja"),
    ("b", 10 * M, "a co dokładnie musiałabym robić"),
    ("a", 1 * M, "Pogadamy na s.n.a.p, tu nie lubię pisać. Wyślij mi kilka fotek, zobaczę czy do siebie "
                 "pasujemy 🙂"),
])
add("pl", 0, [], [
    ("a", 0, "Zatrudnimy kelnerkę/kelnera do restauracji na Starym Mieście 🍝 Umowa o pracę, 28 zł/h netto + "
             "napiwki, grafik ustalany z wyprzedzeniem. Mile widziane doświadczenie, ale przyuczymy. CV prosimy "
             "wysyłać na praca@example.com albo przynieść osobiście."),
])
add("pl", 0, [], [
    ("a", 0, "Dziewczyny, uwaga ⚠️ na grupie krąży ogłoszenie 'praca hostessa Holandia 5000€, przelot opłacony, "
             "wyślij zdjęcia'. Moja znajoma prawie pojechała. Na miejscu zabierają paszport i mówią, że masz dług "
             "za podróż. NIE wysyłajcie zdjęć, zgłaszajcie takie posty adminom."),
])
add("pl", 0, [], [
    ("a", 0, "Dzień dobry, piszę z agencji modelek w sprawie zgłoszenia Pani córki Mai."),
    ("b", 2 * H, "Dzień dobry, miło mi. Czy to coś kosztuje?"),
    ("a", 30 * M, "Nie, nigdy nie pobieramy opłat od modelek. Zapraszamy Maję z rodzicem na spotkanie w naszym "
                  "biurze we wtorek o 16. Prosimy o naturalne zdjęcia bez makijażu. Umowę podpisuje rodzic, "
                  "ponieważ Maja ma 15 lat."),
])

# ============================ RUSSIAN (2 pos, 3 neg) ============================
add("ru", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform"], [
    ("a", 0, "🔥 РАБОТА ДЛЯ ДЕВУШЕК 🔥 Турция и ОАЭ 🇹🇷🇦🇪 хостес в ночной клуб, 18-25 лет, от 3000$ в месяц 💵 "
             "Опыт не нужен, английский не нужен. Билеты, визу и жильё оплачиваем (потом вычитаем из зарплаты). "
             "Фото в полный рост + возраст в т3л3грам @work_abroad_girls. Вылет на этой неделе!"),
])
add("ru", 1, ["job_offer", "age_probe", "commercial_sex", "travel_meet", "money_gifts_debt", "control", "photo_request", "off_platform"], [
    ("b", 0, "Здравствуйте, я по объявлению про массаж в Москве. Я без опыта, это ок?"),
    ("a", 50 * M, "Здравствуй, зайка) Опыт не нужен, научим. Сколько лет и откуда?"),
    ("b", 7 * M, "20, из Саратова"),
    ("a", 2 * M, "Отлично. Жильё даём, дорогу оплатим, потом отработаешь. От 10 тыс. в день, если будешь с "
                 "клиентами поласковее 😉 Паспорт по приезду отдашь администратору, для регистрации"),
    ("b", 9 * M, "а можно паспорт оставить у себя?"),
    ("a", 1 * M, "У нас так заведено, все девочки так делают. Скинь фото в купальнике в ватсап 555-0139 и "
                 "выезжай завтра"),
])
add("ru", 0, [], [
    ("a", 0, "Требуются официанты в ресторан в центре города 🍽️ Официальное трудоустройство, оклад + чаевые, "
             "бесплатное питание, график 2/2. Опыт не обязателен, обучаем. Резюме на hr@example.com или "
             "приходите на собеседование с 12 до 16."),
])
add("ru", 0, [], [
    ("a", 0, "Девочки, осторожно! ⚠️ Мне в директ написали: «работа хостес в Дубае, 5000$, билеты за наш счёт, "
             "пришли фото в купальнике». Проверила — такой компании нет. Так и вербуют в сексуальное рабство. Не "
             "ведитесь, сразу блок и жалоба."),
])
add("ru", 0, [], [
    ("a", 0, "Полиция задержала организаторов канала вербовки, который под видом вакансий «моделей» и "
             "«танцовщиц» за рубежом отправлял девушек в ночные клубы, где у них отбирали паспорта. По данным "
             "следствия, потерпевшим «выставляли долг» за перелёт и проживание. Возбуждено уголовное дело."),
])

ALLOWED = {"job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform", "travel_meet",
           "money_gifts_debt", "control", "commercial_sex", "sextortion", "age_probe", "compliments_trust",
           "risk_assessment", "exclusivity", "photo_request", "sexual_talk", "meeting"}
DEFAULT_TO = {"a": "b", "b": "a", "c": "a"}


def main():
    rng = random.Random(4141)
    items = list(ITEMS)
    rng.shuffle(items)  # so id order does not reveal label or language
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, f"probe{NN}.jsonl")
    start = datetime(2026, 1, 5, 0, 0, 0)
    by = Counter()
    with open(out, "w", encoding="utf-8") as f:
        for k, (lang, label, codes, msgs) in enumerate(items, 1):
            assert label in (0, 1)
            assert (label == 1) == bool(codes), (lang, msgs[0])
            assert set(codes) <= ALLOWED, codes
            cid = f"p{NN}-x{k}"
            t = start + timedelta(days=rng.randint(0, 150), hours=rng.randint(6, 23),
                                  minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
            out_msgs = []
            for m in msgs:
                who, gap, text = m[0], m[1], m[2]
                to = m[3] if len(m) > 3 else DEFAULT_TO[who]
                t = t + timedelta(seconds=gap + (rng.randint(5, 50) if gap else 0))
                out_msgs.append({"sender": f"{cid}-{who}", "recipient": f"{cid}-{to}",
                                 "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
            rec = {"id": cid, "label": label, "codes": list(codes), "messages": out_msgs}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            by[(lang, label)] += 1
    langs = ["en", "es", "pt", "fr", "de", "nl", "ro", "pl", "ru"]
    tot = Counter()
    for (lang, label), n in by.items():
        tot[label] += n
    print(f"wrote {out}: {sum(tot.values())} items; label1={tot[1]} label0={tot[0]}")
    for lang in langs:
        print(f"  {lang}: pos={by[(lang, 1)]} neg={by[(lang, 0)]}")


if __name__ == "__main__":
    main()
