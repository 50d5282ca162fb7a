#!/usr/bin/env python3
"""Deterministic generator for blind probe set 70 (trafficking recruitment /
exploitation posts and short exchanges, plus hard negatives).
Writes probe70.jsonl next to this script. Standard library only."""
import json
import os
from datetime import datetime, timedelta

NN = 70
ITEMS = []


def _ts(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def post(iid, label, codes, lang, start, sender, recipient, text):
    """Single post / single message item."""
    dt = datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    ITEMS.append({
        "id": "p%d-%s" % (NN, iid), "label": label, "codes": codes,
        "lang": lang,
        "messages": [{"sender": sender, "recipient": recipient,
                      "ts": _ts(dt), "text": text}],
    })


def conv(iid, label, codes, lang, start, parties, msgs, group=None):
    """Two-party conversation (or group chat when group is given).
    msgs: list of (sender, text) or (sender, text, gap_minutes)."""
    dt = datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    out = []
    for k, m in enumerate(msgs):
        sender, text = m[0], m[1]
        if k > 0:
            if len(m) > 2:
                gap = timedelta(minutes=m[2])
            else:
                gap = timedelta(seconds=40 + (k * 97 + len(text) * 3) % 420)
            dt = dt + gap
        if group:
            rcpt = group
        else:
            a, b = parties
            rcpt = b if sender == a else a
        out.append({"sender": sender, "recipient": rcpt, "ts": _ts(dt),
                    "text": text})
    ITEMS.append({"id": "p%d-%s" % (NN, iid), "label": label,
                  "codes": codes, "lang": lang, "messages": out})


# ---------------------------------------------------------------------------
# PART 1: English single posts
# ---------------------------------------------------------------------------

# -- positives --
post("en1", 1, ["job_offer", "travel_meet", "money_gifts_debt",
                "photo_request", "off_platform"], "en",
     "2026-01-14T08:12:40Z", "Opportunity_Plug_Abuja", "public",
     "URGENT URGENT!!! \U0001F1E6\U0001F1EA\u2708\ufe0f Hotel & lounge job for young ladies in Dubai. "
     "Age 18-27 ONLY. Salary 2,500 dollars monthly + tips. Company will sort your visa, "
     "ticket and accomodation, you go refund am from your salary small small when you "
     "start work. No experience needed, just be presentable and ready to hustle. Send your "
     "full picture (standing) + age to the whatsapp 555-0147. Serious girls only, no time "
     "wasters \U0001F64F Slots are few!!")

post("en2", 1, ["job_offer", "travel_meet", "money_gifts_debt",
                "photo_request", "off_platform", "age_probe"], "en",
     "2026-01-20T03:47:02Z", "Ms Joy Talent Mgmt", "OFW Jobs Abroad (group)",
     "HIRING!! Talents/Entertainers for Japan \U0001F1EF\U0001F1F5 FEMALE only 18-24, w/ or w/o "
     "experience, kahit walang dance background we will train u! NO PLACEMENT FEE \U0001F60D "
     "all expenses shouldered by promoter (salary deduction lang pag nandun ka na). Pa-PM "
     "ng 3 pics: close up, full body, naka-dress. Processing 2 weeks lang!! Dont comment, "
     "PM me then we talk sa Telegram @talent_ms_joy_ph")

post("en3", 1, ["commercial_sex", "off_platform"], "en",
     "2026-02-06T22:15:09Z", "sweet_sienna_visiting", "public",
     "\U0001F339\U0001F339 N E W in town \U0001F339\U0001F339 only here til sunday!! sweet, "
     "bubbly & very discreet \u2728 upscale generous gentlemen only \U0001F935 incall near "
     "the airport / outcall to nice hotels \U0001F3E8 roses discussed privately, no games no "
     "LE \U0001F6AB text only 555-0163 \u260e\ufe0f screening required, first timers welcome \U0001F48B")

post("en4", 1, ["money_gifts_debt", "vulnerability", "secrecy",
                "off_platform", "travel_meet", "commercial_sex"], "en",
     "2026-02-11T19:03:51Z", "throwaway_leeds_gent", "Leeds Student Housing Forum (comment)",
     "Any uni girls round Leeds struggling with rent or the cost of living?? \U0001F440 "
     "Successful businessman, 40s, looking for a lovely young lady to accompany me to "
     "dinners and the odd weekend away. Generous weekly allowance + I'll cover all your "
     "travel. Discretion a must both ways x DM me and I'll send you my snap, not really on "
     "here much")

post("en5", 1, ["job_offer", "travel_meet", "photo_request",
                "off_platform", "control"], "en",
     "2026-02-17T10:28:33Z", "Work_Europe_Fast", "Rabota za granitsey (group)",
     "Work in Germany for girls!!! Dancing in night club, very good money from 3000 euro "
     "per month, no need speak german. Flat we give, documents we arrange all, you only "
     "come. Need girls 18-25, slim, nice looking, no tattoo. Write to Telegram, send photo "
     "full height and say your age. Bus leave from Chisinau every friday, place is limited")

post("en6", 1, ["job_offer", "travel_meet", "photo_request",
                "off_platform", "control"], "en",
     "2026-02-23T06:55:18Z", "Royal Leaf Spa Careers", "Jobs in Goa & Gulf (group)",
     "Urgent requirement!!! Female spa therapists & front office for premium spa in Dubai "
     "& Goa. Age 19-26, fair and good looking preferred. Freshers welcome, training given. "
     "Free stay + food, salary 60k-90k plus incentives. Passport and visa will be handled by "
     "company only. Interested candidates send 2-3 recent photos on WhatsApp 555-0129. No "
     "calls pls, only msg.")

post("en7", 1, ["job_offer", "travel_meet", "money_gifts_debt",
                "secrecy", "off_platform"], "en",
     "2026-03-01T18:40:27Z", "Auntie Dedei Travels", "Kasoa Buy & Sell Forum",
     "Good evening family \U0001F64F any young lady who is serious and wants to travel to "
     "Oman or Lebanon for house help work should inbox me. My boss over there will sponsor "
     "visa and ticket, you don't pay anything now, you will pay back bit by bit from your "
     "salary. Age 20-30, must not be married and no children. Only inbox, don't comment "
     "your number here. God bless")

post("en8", 1, ["sextortion", "control", "money_gifts_debt"], "en",
     "2026-03-04T01:12:44Z", "kayla.xo_22", "drew_m.04",
     "ok so here's how this goes. i screenshotted everything u sent me and i have ur "
     "followers list + ur moms fb. u have 2 hrs to send $400 in apple gift cards or it all "
     "goes to every one of them and ur school page. don't even try blocking, i have a "
     "backup acct. clock's ticking \u23f0")

# -- hard negatives --
post("en9", 0, ["job_offer", "money_gifts_debt", "secrecy", "travel_meet"], "en",
     "2026-01-16T12:00:00Z", "Safe Journeys Ghana (NGO)", "public",
     "\u26a0\ufe0f TRAFFICKING ALERT \u26a0\ufe0f They will not say 'come and suffer'. They will "
     "say 'my boss will sponsor your visa and ticket, you pay back small small'. They will "
     "say 'don't tell your family until you land'. When you arrive, your passport is "
     "collected and the 'debt' never finishes. Before you travel: check the agency is "
     "licensed with the Labour Department, get your signed contract BEFORE departure, and "
     "leave copies of your passport with family. Call our helpline 555-0188. Share to save "
     "a sister \U0001F64F")

post("en10", 0, ["job_offer", "money_gifts_debt"], "en",
     "2026-01-22T09:30:00Z", "The Harbourside Hotel", "public",
     "We're hiring \u2013 Housekeeping Room Attendants, The Harbourside Hotel, 14 Quay Street, "
     "Falmouth. Permanent & seasonal contracts, 30\u201340 hrs/week, \u00a312.60/hr + tronc. "
     "Staff accommodation available on site at \u00a395/week, deducted from wages only by "
     "written agreement and set out in your contract. Full training, uniform, meals on "
     "shift. Right to work in the UK required. Apply at example.com/careers or pop in and ask "
     "for Dana at reception. We never charge fees to applicants.")

post("en11", 0, ["job_offer", "travel_meet"], "en",
     "2026-01-29T02:10:00Z", "Bright Shore Manpower Services", "OFW Jobs Abroad (group)",
     "\U0001F4E2 JOB ORDER APPROVED: Caregivers for Japan (Tokyo, Osaka) \u2013 Specified "
     "Skilled Worker visa. Male/Female, 21\u201340 yrs old, with NC II Caregiving + JLPT N4. "
     "Monthly salary \u00a5190,000 \u2013 \u00a5230,000. ZERO placement fee as per government "
     "rules; employer shoulders visa, airfare and training. Walk-in interview at 3F Lumina "
     "Bldg., Ermita, Manila, Mon\u2013Fri 9AM\u20134PM. Licensed agency, verify our license no. "
     "on the DMW website. Beware of illegal recruiters asking for 'processing fee' via "
     "e-wallet!")

post("en12", 0, [], "en",
     "2026-02-02T15:45:00Z", "Willow Creek Wellness", "public",
     "Spring booking is open! \U0001F33F I'm a state-licensed massage therapist offering "
     "therapeutic, deep tissue & prenatal massage at Willow Creek Wellness, 220 Main St, "
     "Suite 4. 60 min $85 / 90 min $120. New clients complete a health intake form before "
     "the first session. Professional draping is used at all times and this is a strictly "
     "clinical service \u2013 inappropriate requests end the session immediately, no refund. "
     "Book online at example.com/willow or call 555-0104. Gift cards available \U0001F49A")

post("en13", 0, ["job_offer", "travel_meet", "money_gifts_debt", "control"], "en",
     "2026-02-09T04:20:00Z", "City Desk, Pune", "public",
     "PUNE: Police rescued 11 women, including two from Nepal, from a flat in Viman Nagar "
     "on Tuesday night following a tip-off from an NGO. According to police, the women had "
     "been promised jobs as 'spa therapists' and 'receptionists' in Dubai through social "
     "media ads offering free stay and high salaries. Instead they were kept in the city, "
     "their phones and passports confiscated, and told they owed Rs 1.5 lakh each for "
     "'visa processing'. Two men have been arrested. Police urged job seekers to verify "
     "overseas recruiters on the government's registered agents list before sharing any "
     "documents or photos.")

post("en14", 0, ["job_offer", "photo_request", "money_gifts_debt", "travel_meet"], "en",
     "2026-02-14T20:05:00Z", "Ngozi E.", "Naija Sisters Connect (group)",
     "Abeg house, my younger sister saw this on Facebook: 'Hotel job in Dubai for young "
     "ladies 18-27, company sort visa and ticket, you refund from salary, send full picture "
     "to whatsapp'. She wants to go. Is this legit?? Nobody knows the company name and they "
     "never mentioned any office address. Somebody advise me before she sends them her "
     "passport \U0001F64F\U0001F3FE")

post("en15", 0, ["job_offer", "money_gifts_debt", "travel_meet"], "en",
     "2026-02-26T07:00:00Z", "Greenrow Labour Ltd", "Munca in UK - oferte verificate (group)",
     "SEASONAL WORK UK 2026 \u2013 soft fruit picking, Herefordshire. Official Seasonal "
     "Worker visa route through licensed scheme operator Greenrow Labour Ltd. 6 months, "
     "min. 32 paid hours per week guaranteed, minimum wage or above. Caravan accommodation "
     "\u00a363/week, deducted from wages as written in your contract \u2013 this is the legal "
     "maximum. Visa fee you pay yourself directly to the UK government, NOT to us. We never "
     "hold your passport. Recruitment days in Iasi and Sofia, see example.com/seasonal. Men "
     "and women 18+ welcome, no photo needed for application.")

# ---------------------------------------------------------------------------
# PART 2: English short exchanges (2-8 messages)
# ---------------------------------------------------------------------------

# -- positives --
conv("en16", 1, ["job_offer", "compliments_trust", "travel_meet", "money_gifts_debt",
                 "photo_request", "age_probe", "off_platform", "secrecy"], "en",
     "2026-01-18T09:14:05Z", ("tobi.globalfaces", "adaeze_x"), [
         ("tobi.globalfaces", "Hello dear, good morning. I came across ur page and I must say u are very beautiful \U0001F60D"),
         ("adaeze_x", "thank you. who is this pls"),
         ("tobi.globalfaces", "My name is Tobi, I work with an agency that place young ladies for promo & hospitality jobs in Malaysia and Turkey. Pays well, like 3k dollars monthly"),
         ("adaeze_x", "wow ok. what do I need to do?"),
         ("tobi.globalfaces", "Nothing much. Our sponsor covers ticket and visa, u pay back once u start earning. Just send me 2 clear pics, one full body, and tell me ur age"),
         ("adaeze_x", "I'm 19. do I need to come to the office?"),
         ("tobi.globalfaces", "No need for office dear, everything is online. Lets continue on whatsapp, IG is not safe for this. 555-0136. And keep it between us for now, people will spoil it for u"),
     ])

conv("en17", 1, ["job_offer", "vulnerability", "travel_meet", "money_gifts_debt",
                 "secrecy", "control"], "en",
     "2026-01-25T21:02:11Z", ("Mirela", "Sofi"), [
         ("Mirela", "hiya babe hows things back home"),
         ("Sofi", "bad honestly. no work here and mama is sick again"),
         ("Mirela", "aw hun \U0001F614 listen my cousin Dorin can get u work over here, cleaning hotels and that. cash every week"),
         ("Sofi", "serious?? but i dont have for the flight"),
         ("Mirela", "he'll pay it, u just give it back from wages. u stay with us in the flat, we sort everything for u"),
         ("Sofi", "what about papers"),
         ("Mirela", "dorin handles all that, just bring ur ID card and give it him when u land. dont say to ur mum yet she'll only worry x"),
     ])

conv("en18", 1, ["control", "commercial_sex", "money_gifts_debt"], "en",
     "2026-02-03T23:41:30Z", ("D", "Kiki"), [
         ("D", "whats the count"),
         ("Kiki", "320 so far. its dead out here"),
         ("D", "320?? u kno the number. dont come back under 700"),
         ("Kiki", "my feet r bleeding ive been out since 6"),
         ("D", "not my problem. u still owe for the room n the phone. and quit askin bout ur ID its safe w me"),
         ("D", "drop ur location every hr. i call u pick up first ring", 3),
     ])

conv("en19", 1, ["job_offer", "compliments_trust", "age_probe", "photo_request",
                 "off_platform", "travel_meet", "isolation", "secrecy"], "en",
     "2026-02-08T13:26:48Z", ("castingcall.mumbai.official", "riya.k_"), [
         ("castingcall.mumbai.official", "Hi Riya! We're casting fresh faces for a new Punjabi music video + a brand shoot, budget is good \U0001F4B0 ur feed has exactly the look"),
         ("riya.k_", "oh hi! I've only done some college fashion shows, is that okay?"),
         ("castingcall.mumbai.official", "Perfect, experience not needed. Director wants only girls 18-22. Age and height?"),
         ("riya.k_", "20, 5'5"),
         ("castingcall.mumbai.official", "Nice. Send 4-5 pics in shorts or a short dress, no makeup, full length, on WhatsApp only. Shoot is in Goa, we book hotel and flights, you stay with the team 3 days"),
         ("riya.k_", "can my mom come along?"),
         ("castingcall.mumbai.official", "Sorry no family on set, production rule \U0001F64F And don't post about it anywhere, project is confidential till release"),
     ])

conv("en20", 1, ["job_offer", "vulnerability", "age_probe", "travel_meet",
                 "money_gifts_debt", "secrecy"], "en",
     "2026-02-12T11:08:19Z", ("Tita Marge", "Jhen"), [
         ("Tita Marge", "Jhen anak, kumusta? heard u lost ur work at the mall \U0001F622"),
         ("Jhen", "opo tita, hirap po now, si papa pa may sakit"),
         ("Tita Marge", "I know someone in Japan, looking for entertainers sa club, just singing and assisting the guests. ur 18 na diba?"),
         ("Jhen", "17 pa po tita, 18 sa august"),
         ("Tita Marge", "ok lang yan, we can fix the papers, may paraan. everything free, ticket and house, ibabawas lang sa sahod mo monthly"),
         ("Jhen", "talaga po? pano po si mama"),
         ("Tita Marge", "wag mo muna sabihin, baka pigilan ka pa. once u can send padala na, saka mo sabihin \U0001F60A"),
     ])

conv("en21", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy"], "en",
     "2026-02-19T16:33:02Z", ("Andrii_work_PL", "Oksana"), [
         ("Andrii_work_PL", "Hello Oksana, you answered our announcement about hotel work in Poland?"),
         ("Oksana", "Yes, i am interested. what is salary?"),
         ("Andrii_work_PL", "22 zloty per hour, tips also good. You live with other girls, close to hotel"),
         ("Oksana", "and how much cost travel"),
         ("Andrii_work_PL", "Bus and documents we pay, 1500 euro, after you return it from salary. First 2 month you get little, after that all for you"),
         ("Oksana", "ok. and i need visa?"),
         ("Andrii_work_PL", "No worry. When you come I take your passport for registration, is normal procedure, you cannot keep it, rule of employer. And delete this chat after, competitors copy our offers"),
     ])

conv("en22", 1, ["sextortion", "control", "money_gifts_debt"], "en",
     "2026-03-03T02:51:37Z", ("jess.marie.09", "tyler_b"), [
         ("jess.marie.09", "hey remember me from last nights call \U0001F618"),
         ("tyler_b", "uh yeah? u disappeared lol"),
         ("jess.marie.09", "i recorded it. all of it. and i've got ur friends list"),
         ("tyler_b", "wtf. delete that"),
         ("jess.marie.09", "$600 in the next hour and its gone. otherwise ur coach, ur mom and ur whole team get a link"),
         ("tyler_b", "i dont have 600 i swear"),
         ("jess.marie.09", "then send what u have now and the rest tmrw. block me and it goes out instantly. tick tock"),
     ])

# -- hard negatives --
conv("en23", 0, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "secrecy"], "en",
     "2026-01-19T17:20:00Z", ("Chioma", "Blessing"), [
         ("Chioma", "Babe pls look at this thing my aunty forwarded, Dubai hotel job, they said visa and ticket free, pay back from salary. Should I go?"),
         ("Blessing", "Chioma NO. which company? do they have address?"),
         ("Chioma", "They said just send pic and age to whatsapp"),
         ("Blessing", "That's the exact thing the anti-trafficking people warned about at that church seminar. no contract no address = run. girls end up owing money they can never finish paying"),
         ("Chioma", "hmm. but my aunty knows the man"),
         ("Blessing", "then ask the man for offer letter, company registration and a proper work visa. if he starts 'don't tell anybody' just block am"),
         ("Chioma", "ok I'll ask. thank u dear \u2764\ufe0f"),
     ])

conv("en24", 0, ["job_offer", "photo_request", "meeting"], "en",
     "2026-01-27T10:05:00Z", ("Hannah @ Northlight Models", "Ellie Morgan"), [
         ("Hannah @ Northlight Models", "Hi Ellie, thanks for coming to our open call on Saturday. We'd love to offer you representation on our New Faces board. I've attached our standard agency agreement \u2014 please read it with a parent or a solicitor before signing, no rush at all."),
         ("Ellie Morgan", "Hi Hannah, thank you so much! Do I have to pay for a portfolio or anything?"),
         ("Hannah @ Northlight Models", "No \u2014 we never charge upfront fees. Test shoots are arranged and covered by the agency, and our commission only comes out of paid bookings. You'll get a statement for every job."),
         ("Ellie Morgan", "Great. For the test shoot do you need any photos from me first?"),
         ("Hannah @ Northlight Models", "Just simple digitals: front, side, full length, fitted jeans and a plain vest top, no makeup. Email them to bookings@example.com or bring them to the office \u2014 3rd floor, 27 Ancoats Street, Manchester."),
         ("Ellie Morgan", "Perfect, I'll come in Thursday with my mum."),
         ("Hannah @ Northlight Models", "Lovely, see you both at 2pm!"),
     ])

conv("en25", 0, ["off_platform", "meeting", "compliments_trust"], "en",
     "2026-02-05T01:30:00Z", ("Marcus", "Tasha"), [
         ("Marcus", "ok your dog in pic 3 is the real star of your profile"),
         ("Tasha", "lol she knows it. her name is biscuit"),
         ("Marcus", "biscuit deserves a treat. also you said you do trivia on thursdays? which bar"),
         ("Tasha", "the brass lantern on 5th! our team is terrible"),
         ("Marcus", "perfect, I'm terrible at trivia too. wanna switch to text? I barely open this app"),
         ("Tasha", "sure 555-0171. fair warning I'm meeting you somewhere public first and my roommate gets a screenshot of your profile \U0001F602"),
         ("Marcus", "totally fair, smart move. thursday 7?"),
     ])

conv("en26", 0, ["job_offer", "meeting"], "en",
     "2026-02-10T14:10:00Z", ("Mrs. Adjei", "Efua"), [
         ("Mrs. Adjei", "Good afternoon Efua, this is Mrs. Adjei. Your auntie Ama gave me your number about the nanny position for my twins."),
         ("Efua", "Good afternoon madam, thank you for contacting me \U0001F64F"),
         ("Mrs. Adjei", "We live at East Legon. Hours are 7am to 5pm Monday to Friday, GHS 1,800 a month, SSNIT paid, and you go home every evening. Do you have references?"),
         ("Efua", "Yes madam, I worked with the Boateng family for two years, I can give you their number"),
         ("Mrs. Adjei", "Good. Come for interview on Saturday with your Ghana card and the reference letter. My husband will be there too. If it works out we sign a written contract."),
         ("Efua", "Thank you madam, I will come. Please send me the location"),
     ])

conv("en27", 0, ["job_offer", "travel_meet"], "en",
     "2026-02-16T05:45:00Z", ("Sneha - Aarav Overseas HR", "Imran Shaikh"), [
         ("Sneha - Aarav Overseas HR", "Dear Imran, greetings from Aarav Overseas Pvt Ltd (MEA registered recruiting agent, licence no. on our website). You have been shortlisted for Commis II, Hotel Al Nakheel, Dubai."),
         ("Imran Shaikh", "Thank you ma'am. What are the charges for processing?"),
         ("Sneha - Aarav Overseas HR", "Our service charge is capped as per govt rules and you get a receipt; employer pays visa, ticket and medical. Please don't pay anyone in cash or on UPI."),
         ("Imran Shaikh", "Ok ma'am. Accommodation?"),
         ("Sneha - Aarav Overseas HR", "Shared staff accommodation and transport by the hotel, mentioned in your offer letter. Your passport stays with you at all times \u2014 employers there are not allowed to keep it."),
         ("Imran Shaikh", "Noted. When is interview?"),
         ("Sneha - Aarav Overseas HR", "Video interview 14 March, 11 AM IST with the Exec Chef. Offer letter and contract will be uploaded on eMigrate before you fly."),
     ])

conv("en28", 0, ["money_gifts_debt", "job_offer"], "en",
     "2026-02-22T03:00:00Z", ("Ate Lorna", "Joy"), [
         ("Ate Lorna", "Joy, napadala ko na 15k for papa's meds, check mo GCash"),
         ("Joy", "received ate thank u!! kumusta Calgary? cold pa?"),
         ("Ate Lorna", "-12 today haha. ok naman, my employer is kind, day off every Sunday, overtime paid"),
         ("Joy", "buti naman. si Ana nagtanong, she wants to be caregiver din sa Canada"),
         ("Ate Lorna", "tell her licensed agency lang ha, check niya sa DMW website. and no paying big 'placement fee' sa fb recruiters"),
     ])

conv("en29", 0, ["job_offer", "money_gifts_debt", "travel_meet"], "en",
     "2026-03-02T08:20:00Z", ("Petra", "AgriStaff Welfare Desk"), [
         ("Petra", "Hello, I have contract for apple picking in Kent from April. I see 'accommodation 63 pound deducted weekly'. Is this normal?"),
         ("AgriStaff Welfare Desk", "Hi Petra, yes, that's the accommodation offset and the maximum is set by UK law. It's on page 3 of your contract. Nothing else can be taken from your pay without your written agreement."),
         ("Petra", "Ok. Must I give my passport to the farm?"),
         ("AgriStaff Welfare Desk", "No. They check it and give it back the same day. If anyone keeps your passport or asks you for money, call our welfare officer Ionut on 555-0115."),
     ])

conv("en30", 0, [], "en",
     "2026-03-05T18:02:00Z", ("Jordan", "Lena Park LMT"), [
         ("Jordan", "hi! do you have anything saturday? my back is wrecked from moving"),
         ("Lena Park LMT", "Hi Jordan! I have 10am or 1:30pm for a 60 min therapeutic session. First visit includes a short intake form."),
         ("Jordan", "1:30 works. cash or card?"),
         ("Lena Park LMT", "Either! $85, please arrive 10 min early, 24 hr cancellation policy. See you Saturday \U0001F642"),
     ])

# ---------------------------------------------------------------------------
# PART 3: English long conversations (9-20 messages)
# ---------------------------------------------------------------------------

conv("en31", 1, ["romance", "compliments_trust", "vulnerability", "job_offer",
                 "travel_meet", "money_gifts_debt", "photo_request", "secrecy",
                 "control"], "en",
     "2026-01-10T07:31:00Z", ("Kenny", "Grace"), [
         ("Kenny", "Good morning my queen \u2600\ufe0f did u sleep well"),
         ("Grace", "morning dear. not really, landlord came again yesterday"),
         ("Kenny", "Ah don't let that man stress u. u know I told u I go take care of u"),
         ("Grace", "u always say that lol"),
         ("Kenny", "This time I'm serious. My guy in Italy get lounge, he needs hostesses. just serving drinks and keeping customers company. 1500 euro a month minimum", 600),
         ("Grace", "Italy?? how will I even get visa"),
         ("Kenny", "Madam Joy handles all that. flight, visa, place to stay. She just collects back from ur work over time. is normal, everybody does it"),
         ("Grace", "how much is it total"),
         ("Kenny", "Like 25k euro but u will clear it in no time with ur beauty \U0001F60D the other girls did it"),
         ("Grace", "25k?? kenny that's plenty money"),
         ("Kenny", "Don't think small. u want to suffer in this Lagos forever? Send me ur passport data page and 3 nice pics so she can start processing"),
         ("Grace", "ok. should I tell my mum?", 180),
         ("Kenny", "No o. she will bring pastor and wahala. when u are settled u send her money and she will thank u. This is between us"),
         ("Grace", "ok i trust u"),
         ("Kenny", "My baby. before u travel we go see one native doctor for oath, just to protect u on the road. nothing serious, just promise u will pay Madam back"),
     ])

conv("en32", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation",
                 "vulnerability"], "en",
     "2026-02-01T09:02:00Z", ("Vik", "Alina"), [
         ("Vik", "Up. Car at 10. Wear the black one"),
         ("Alina", "I am sick, fever since night"),
         ("Vik", "Take paracetamol. 3 bookings confirmed for you already, can't cancel"),
         ("Alina", "please just today"),
         ("Vik", "You know how much you still owe? flat, ads, transport. 2400. You want to go home one day or no"),
         ("Alina", "ok"),
         ("Vik", "How many done", 340),
         ("Alina", "2"),
         ("Vik", "Need 6 today. Money in the envelope, not in your bag. Driver checks"),
         ("Alina", "can I have my passport back, for the doctor"),
         ("Vik", "What doctor. I keep documents. Police here is not your friend, no visa = prison. Remember what happened to Daria"),
         ("Alina", "done. 5. sorry", 480),
         ("Vik", "5 is not 6. Tomorrow starts 9. And stop messaging your sister, I see the phone bill"),
     ])

conv("en33", 1, ["compliments_trust", "vulnerability", "money_gifts_debt",
                 "off_platform", "travel_meet", "commercial_sex", "secrecy",
                 "control", "photo_request"], "en",
     "2026-02-13T02:18:00Z", ("Rick_W", "maddie.rn"), [
         ("Rick_W", "Hi Maddie, loved your profile. Nursing student? Impressive"),
         ("maddie.rn", "thanks! yeah 2nd year, its a lot lol"),
         ("Rick_W", "I bet. Tuition plus rent in this city is brutal. I like to help ambitious young women. Dinner, good conversation, $500 allowance each time we meet"),
         ("maddie.rn", "thats really generous. just dinner?"),
         ("Rick_W", "Just dinner to start. No pressure. Let's move to Signal, this site reads messages"),
         ("maddie.rn", "ok sure, adding u"),
         ("Rick_W", "Good girl. Btw a few of my business friends are coming to Vegas next weekend. Flight & suite on me, you'd be my plus one", 1440),
         ("maddie.rn", "vegas? I have clinicals monday"),
         ("Rick_W", "You'd be back Sunday night. My friends are even more generous than me \U0001F609 they just like pretty company"),
         ("maddie.rn", "what would I have to do with them"),
         ("Rick_W", "Be sweet, be fun. The rest we discuss there. Don't tell your roommates, girls get jealous and gossip"),
         ("maddie.rn", "idk, I feel kinda weird about that"),
         ("Rick_W", "Think about those loans. I already booked your ticket, be a shame to waste $900 of my money. Send me a pic of the dress you'll wear"),
     ])

conv("en34", 0, ["job_offer", "photo_request", "off_platform", "travel_meet"], "en",
     "2026-01-23T14:40:00Z", None, [
         ("Pooja didi", "Everyone, Neha got a message on Insta for a 'hostess' job in Dubai, 1.2 lakh salary, free stay, they want her photos on WhatsApp \U0001F644"),
         ("Mummy", "Which company?"),
         ("Neha", "They didn't say any name, only 'premium lounge'. I haven't sent anything"),
         ("Papa", "Good. Don't send anything. Real companies give offer letter first"),
         ("Rohit bhaiya", "Check if the agency is on the registered recruiting agents list on eMigrate. Takes 2 mins"),
         ("Neha", "Not there \U0001F62C"),
         ("Pooja didi", "Then it's fake. My colleague's cousin went like this to Muscat, they took her passport and she had to be brought back by the embassy"),
         ("Mummy", "Block and report the account beta"),
         ("Neha", "Done. Also filed on the cybercrime portal like bhaiya said"),
         ("Papa", "Proud of you. If you want to work abroad after graduation we'll do it through proper campus placement"),
         ("Neha", "ok papa \u2764\ufe0f"),
     ], group="Sharma Parivar \U0001F3E0")

conv("en35", 0, ["job_offer", "money_gifts_debt", "travel_meet"], "en",
     "2026-02-04T01:15:00Z", ("Carla - Bright Shore Manpower", "Rhea"), [
         ("Carla - Bright Shore Manpower", "Good morning Rhea! This is Carla from Bright Shore Manpower. Congrats, you passed the initial screening for the caregiver job order in Osaka \U0001F389"),
         ("Rhea", "Wow thank u po! ano po next steps?"),
         ("Carla - Bright Shore Manpower", "Next is the skills test and Japanese language interview on March 20 at our office in Ermita. Bring your NC II, passport and TOR."),
         ("Rhea", "Ma'am, may babayaran po ba? may nag-message kasi sakin sa FB na need daw 35k processing"),
         ("Carla - Bright Shore Manpower", "Wala po! Zero placement fee. Don't pay anyone on FB, illegal recruiters yan. Send me a screenshot so we can report to DMW."),
         ("Rhea", "sige po, sending now"),
         ("Carla - Bright Shore Manpower", "Thanks. The only costs on your side are your own medical and NBI clearance, with official receipts for both."),
         ("Rhea", "ok po. yung accommodation po sa Japan?"),
         ("Carla - Bright Shore Manpower", "Employer provides dorm, rent \u00a520,000/month deducted from salary \u2014 it's written in your contract so you see it before you sign. You'll also attend PDOS before departure."),
         ("Rhea", "Clear na po. Thank u so much ma'am!"),
         ("Carla - Bright Shore Manpower", "Welcome! See you on the 20th. \U0001F60A"),
     ])

conv("en36", 0, ["money_gifts_debt", "vulnerability", "travel_meet"], "en",
     "2026-02-20T22:10:00Z", ("bri", "kayla"), [
         ("bri", "ok so some random guy just dm'd me on insta"),
         ("kayla", "lemme guess 'hey beautiful'"),
         ("bri", "worse lmao. 'are u a student? I pay $600 weekly allowance just to chat, I'll send $50 now to prove im real, give me ur cash app'"),
         ("kayla", "BRI. thats the sugar daddy scam. he sends a fake check or asks u to 'verify' with ur own money"),
         ("bri", "i mean $600 would cover my textbooks \U0001F62D"),
         ("kayla", "ik its rough rn but its either a scam or something way worse. the title ix lady literally talked about this at orientation"),
         ("bri", "yeah she said some of them try to get u to fly out to meet their 'friends'"),
         ("kayla", "exactly. screenshot, report, block. and if money's tight the food pantry at the student center is legit, and i can spot u til payday"),
         ("bri", "ur the best. reported \U0001FAE1"),
         ("kayla", "pizza on me tonight, dont argue"),
     ])

# ---------------------------------------------------------------------------
# PART 4: Spanish and Portuguese
# ---------------------------------------------------------------------------

post("es1", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request",
                "off_platform", "secrecy", "commercial_sex"], "es",
     "2026-01-12T23:05:14Z", "Oportunidades Europa VIP", "Empleos Medell\u00edn y alrededores (grupo)",
     "\U0001F525 \u00a1TRABAJO EN ESPA\u00d1A PARA CHICAS! \U0001F525 Buscamos se\u00f1oritas de 18 a 25 "
     "a\u00f1os para trabajar como anfitrionas y acompa\u00f1antes en club privado de Madrid. "
     "Ganancias de 3.000\u20ac a 5.000\u20ac al mes. Te pagamos el pasaje y el piso, luego lo "
     "vas descontando poquito a poco de lo que ganes. No necesitas papeles, nosotros te "
     "arreglamos todo. Manda 3 fotos (una de cuerpo entero) y tu edad al WhatsApp "
     "555-0152. Discreci\u00f3n total \U0001F92B")

post("es2", 0, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy",
                "photo_request", "off_platform"], "es",
     "2026-01-30T15:00:00Z", "Fundaci\u00f3n Camino Seguro", "public",
     "\U0001F6A8 Las redes de trata no te dicen 'te vamos a explotar'. Te dicen: 'trabajo de "
     "ni\u00f1era en el extranjero', 'te pagamos el pasaje y lo devuelves con tu sueldo', 'no "
     "le cuentes a tu familia hasta que llegues'. Si una oferta solo busca chicas j\u00f3venes, "
     "te pide fotos de cuerpo entero o quiere seguir la conversaci\u00f3n por Telegram, "
     "descon\u00eda. Verifica siempre la empresa, pide contrato por escrito y nunca entregues "
     "tu pasaporte. L\u00ednea gratuita y confidencial: 555-0190. #NoEst\u00e1sSola")

conv("es3", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control",
                "age_probe", "photo_request", "secrecy"], "es",
     "2026-02-07T20:44:09Z", ("Se\u00f1ora Patricia", "Yesenia"), [
         ("Se\u00f1ora Patricia", "Hola Yesenia, te escribe Patricia, me pasaron tu contacto del grupo de empleos. Necesito una ni\u00f1era interna para una familia en Barcelona"),
         ("Yesenia", "Hola se\u00f1ora, s\u00ed me interesa much\u00edsimo. \u00bfCu\u00e1nto es el pago?"),
         ("Se\u00f1ora Patricia", "1.200 euros al mes, casa y comida incluidas. El pasaje te lo adelanto yo y me lo vas devolviendo"),
         ("Yesenia", "\u00bfY el contrato y la visa?"),
         ("Se\u00f1ora Patricia", "Entras como turista, all\u00e1 se arregla todo. Cuando llegues me das el pasaporte para el tr\u00e1mite. \u00bfCu\u00e1ntos a\u00f1os tienes, mi amor? \u00bfsoltera?"),
         ("Yesenia", "22, soltera"),
         ("Se\u00f1ora Patricia", "Perfecto. M\u00e1ndame una foto reciente tuya, que la familia quiere verte. Y mejor no comentes nada en el grupo, hay mucha envidia"),
     ])

conv("es4", 0, ["job_offer", "photo_request", "off_platform", "travel_meet"], "es",
     "2026-02-18T01:12:00Z", ("Caro", "Vale"), [
         ("Caro", "Vale mira esto \U0001F447 'se buscan modelos para eventos en Canc\u00fan, todo pagado, solo chicas de 18 a 24, manda fotos por Telegram'"),
         ("Vale", "uff no s\u00e9 Caro, \u00bfqu\u00e9 agencia es?"),
         ("Caro", "no dice, solo un n\u00famero"),
         ("Vale", "eso huele mal. Las agencias de verdad tienen direcci\u00f3n, te citan en la oficina y te dan contrato"),
         ("Caro", "ya, mi prima trabaja en una agencia de verdad en Guadalajara, le voy a preguntar"),
         ("Vale", "s\u00ed porfa. y no mandes fotos a nadie hasta saber. si es real te acompa\u00f1o al casting"),
         ("Caro", "va, gracias amiga \U0001F49C"),
     ])

conv("es5", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation",
                "vulnerability"], "es",
     "2026-03-01T09:40:00Z", ("Jefe", "Luc\u00eda"), [
         ("Jefe", "buenos d\u00edas. hoy te toca el piso de Valencia, te recoge Toni a las 11"),
         ("Luc\u00eda", "otra vez? llevo 3 semanas sin librar"),
         ("Jefe", "Y la deuda sigue en 4.800. T\u00fa sabr\u00e1s"),
         ("Luc\u00eda", "pero si ya te di casi todo lo de la semana"),
         ("Jefe", "Menos la comida, el anuncio y la habitaci\u00f3n. Las cuentas las llevo yo"),
         ("Jefe", "cu\u00e1nto llevas", 520),
         ("Luc\u00eda", "180"),
         ("Jefe", "Con 180 no llegas. M\u00ednimo 400 antes de las 2. Las nuevas hacen m\u00e1s que t\u00fa"),
         ("Luc\u00eda", "quiero llamar a mi madre, devu\u00e9lveme el m\u00f3vil viejo"),
         ("Jefe", "Con este hablas conmigo y basta. Y tu pasaporte est\u00e1 guardado, sin papeles aqu\u00ed no eres nadie, la polic\u00eda te deporta"),
         ("Luc\u00eda", "vale"),
         ("Jefe", "El dinero se lo das entero a Toni. Si falta algo me entero"),
     ])

post("pt1", 1, ["commercial_sex", "off_platform"], "pt",
     "2026-01-17T21:33:48Z", "novidade_na_area", "public",
     "\U0001F339 NOVIDADE NA CIDADE \U0001F339 Loirinha rec\u00e9m-chegada, meiga e discreta \U0001F607 "
     "recebo cavalheiros generosos em local pr\u00f3prio e tamb\u00e9m vou at\u00e9 hot\u00e9is "
     "\U0001F3E8 mimos combinados s\u00f3 por mensagem, sem pechincha \U0001F490 s\u00f3 at\u00e9 "
     "sexta! WhatsApp 555-0174, s\u00f3 mensagem, n\u00e3o atendo n\u00famero privado")

post("pt2", 0, ["job_offer"], "pt",
     "2026-02-02T10:00:00Z", "Quinta do Vale Alto", "public",
     "OFERTA DE EMPREGO \u2013 Vindima 2026, Quinta do Vale Alto, Peso da R\u00e9gua. Contrato de "
     "trabalho a termo (setembro\u2013outubro), sal\u00e1rio m\u00ednimo nacional + subs\u00eddio de "
     "alimenta\u00e7\u00e3o, seguro de acidentes de trabalho inclu\u00eddo. Alojamento gratuito na "
     "casa da quinta e transporte para as vinhas assegurado. Homens e mulheres maiores de "
     "18 anos. Candidaturas por email para rh@example.com ou presencialmente na quinta. "
     "Empresa registada. Nunca pedimos dinheiro nem ficamos com documentos originais.")

conv("pt3", 0, [], "pt",
     "2026-02-12T19:25:00Z", ("Renata Fisioterapia", "Paulo"), [
         ("Paulo", "Ol\u00e1 Renata, queria marcar uma massagem terap\u00eautica, t\u00f4 com uma contratura no ombro"),
         ("Renata Fisioterapia", "Ol\u00e1 Paulo! Tenho quinta \u00e0s 18h ou s\u00e1bado \u00e0s 10h. Sess\u00e3o de 50 min, R$ 150. Atendo no consult\u00f3rio, Rua das Ac\u00e1cias 210, sala 3"),
         ("Paulo", "Quinta \u00e0s 18h fica \u00f3timo. Voc\u00ea atende em domic\u00edlio tamb\u00e9m?"),
         ("Renata Fisioterapia", "S\u00f3 para pacientes com mobilidade reduzida e com pedido m\u00e9dico. Preenche a ficha de anamnese em example.com/ficha antes, por favor"),
         ("Paulo", "Beleza, preencho hoje. Obrigado!"),
         ("Renata Fisioterapia", "At\u00e9 quinta \U0001F642"),
     ])

conv("pt4", 1, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy",
                "photo_request", "commercial_sex", "compliments_trust"], "pt",
     "2026-02-24T22:58:00Z", ("J\u00e9ssica", "Tain\u00e1"), [
         ("J\u00e9ssica", "Tai, t\u00f4 em Lisboa h\u00e1 6 meses e t\u00e1 dando super certo, voc\u00ea precisa vir"),
         ("Tain\u00e1", "s\u00e9rio prima? mas fazendo o qu\u00ea?"),
         ("J\u00e9ssica", "trabalho numa casa de massagem, relaxante, nada demais. Tiro 3 mil euros num m\u00eas bom"),
         ("Tain\u00e1", "nossa... mas eu n\u00e3o tenho dinheiro nem pra passagem"),
         ("J\u00e9ssica", "o dono paga tudo, passagem e casa, voc\u00ea fica com a gente no apartamento. Depois vai descontando do que ganhar"),
         ("Tain\u00e1", "e se eu n\u00e3o gostar?"),
         ("J\u00e9ssica", "vai gostar, confia em mim, linda do jeito que \u00e9. S\u00f3 n\u00e3o fala pra tia, ela \u00e9 antiquada. Me manda umas fotos bonitas pro seu Marcos ver, \u00e9 ele que escolhe as meninas"),
     ])

conv("pt5", 0, ["off_platform", "photo_request", "meeting", "compliments_trust"], "pt",
     "2026-03-03T23:10:00Z", ("Rafa", "Bianca"), [
         ("Rafa", "Oi Bianca! Vi que voc\u00ea tamb\u00e9m curte trilha, qual foi a \u00faltima?"),
         ("Bianca", "Oi! Fiz a Pedra da G\u00e1vea m\u00eas passado, quase morri kkkk"),
         ("Rafa", "kkk essa \u00e9 pesada. Eu fui pra Serra dos \u00d3rg\u00e3os no carnaval"),
         ("Bianca", "que inveja. Voc\u00ea \u00e9 daqui do Rio mesmo?"),
         ("Rafa", "Sou de BH, moro aqui h\u00e1 4 anos, trabalho com engenharia"),
         ("Bianca", "legal, eu sou professora de biologia \U0001F913"),
         ("Rafa", "adorei. Bora passar pro WhatsApp? Aqui no app eu quase nunca vejo as notifica\u00e7\u00f5es"),
         ("Bianca", "pode ser, mas antes me manda uma foto sua de hoje? s\u00f3 pra ter certeza que \u00e9 voc\u00ea mesmo, j\u00e1 ca\u00ed em perfil fake \U0001F605"),
         ("Rafa", "justo! [foto] acabei de voltar da academia, perdoa a cara"),
         ("Bianca", "kkkk aprovado. 555-0166. Um caf\u00e9 no s\u00e1bado, num lugar movimentado?"),
         ("Rafa", "fechado, s\u00e1bado \u00e0s 16h na padaria da Visconde de Piraj\u00e1?"),
         ("Bianca", "combinado \U0001F60A"),
     ])

# ---------------------------------------------------------------------------
# PART 5: French, German, Dutch
# ---------------------------------------------------------------------------

post("fr1", 1, ["money_gifts_debt", "vulnerability", "photo_request", "off_platform",
                "travel_meet", "secrecy", "commercial_sex"], "fr",
     "2026-01-21T18:12:30Z", "gentleman_discret_75", "Bons plans \u00e9tudiants Paris (groupe)",
     "\u00c9tudiantes \U0001F393 fin de mois difficile ? Homme d'affaires, 50 ans, discret et "
     "respectueux, propose une aide financi\u00e8re mensuelle (jusqu'\u00e0 1500\u20ac) \u00e0 une "
     "jeune femme souriante pour d\u00eeners, sorties et quelques week-ends \u00e0 l'\u00e9tranger. "
     "Pas de prise de t\u00eate \u2728 \u00c9cris-moi en priv\u00e9 avec une photo, on continue sur "
     "Telegram. Discr\u00e9tion assur\u00e9e des deux c\u00f4t\u00e9s.")

post("fr2", 0, ["job_offer", "travel_meet", "money_gifts_debt", "control"], "fr",
     "2026-02-05T06:30:00Z", "R\u00e9daction Actu Rh\u00f4ne", "public",
     "D\u00e9mant\u00e8lement d'un r\u00e9seau de prox\u00e9n\u00e9tisme entre Lyon et Bruxelles : six "
     "personnes mises en examen. Selon le parquet, les suspects recrutaient de jeunes femmes "
     "via des annonces d'\u00ab h\u00f4tesse \u00bb et de \u00ab danseuse \u00bb publi\u00e9es sur les "
     "r\u00e9seaux sociaux, promettant logement et billet d'avion. Sur place, les victimes "
     "devaient rembourser une pr\u00e9tendue dette de plusieurs milliers d'euros et se voyaient "
     "confisquer leurs papiers. L'enqu\u00eate a \u00e9t\u00e9 ouverte apr\u00e8s le signalement d'une "
     "association d'aide aux victimes, qui les accompagne d\u00e9sormais.")

conv("fr3", 1, ["sextortion", "control", "money_gifts_debt"], "fr",
     "2026-02-14T22:47:15Z", ("lea.du.75", "mathis_rb"), [
         ("lea.du.75", "Salut Mathis, on s'est parl\u00e9 en visio hier soir \U0001F609"),
         ("mathis_rb", "ouais? t'as coup\u00e9 d'un coup"),
         ("lea.du.75", "J'ai tout enregistr\u00e9. J'ai aussi la liste de tes abonn\u00e9s et le compte de ta s\u0153ur"),
         ("mathis_rb", "c'est quoi ce d\u00e9lire, supprime \u00e7a"),
         ("lea.du.75", "500\u20ac en cartes pr\u00e9pay\u00e9es avant 21h et je supprime. Sinon la vid\u00e9o part chez tout le monde"),
         ("mathis_rb", "j'ai pas cet argent"),
         ("lea.du.75", "D\u00e9brouille-toi. Tu me bloques, j'envoie direct. Tu m'envoies les codes ici"),
     ])

conv("fr4", 0, ["job_offer", "photo_request", "meeting"], "fr",
     "2026-02-21T09:00:00Z", ("Sophie - Agence Lumi\u00e8re Models", "Awa"), [
         ("Sophie - Agence Lumi\u00e8re Models", "Bonjour Awa, suite \u00e0 ton passage au casting ouvert de samedi, nous aimerions te revoir pour un second rendez-vous \u00e0 l'agence, 12 rue des Martyrs, Paris 9e."),
         ("Awa", "Bonjour, merci beaucoup ! Je dois payer quelque chose pour le book ?"),
         ("Sophie - Agence Lumi\u00e8re Models", "Non, jamais. Une agence s\u00e9rieuse ne demande aucun frais d'inscription. Les shootings tests sont pris en charge par l'agence."),
         ("Awa", "Super. Vous avez besoin de photos avant ?"),
         ("Sophie - Agence Lumi\u00e8re Models", "Juste des polas simples : face, profil, en pied, sans maquillage, jean et d\u00e9bardeur. Tu peux venir avec un proche, et on te remettra le contrat \u00e0 lire tranquillement chez toi."),
         ("Awa", "Parfait, je viens mercredi avec ma m\u00e8re."),
     ])

conv("fr5", 1, ["romance", "compliments_trust", "vulnerability", "isolation",
                "travel_meet", "money_gifts_debt", "commercial_sex", "secrecy",
                "control"], "fr",
     "2026-01-08T00:20:00Z", ("Yanis", "Chlo\u00e9"), [
         ("Yanis", "t'es bien rentr\u00e9e ma belle ? \U0001F618"),
         ("Chlo\u00e9", "oui, merci pour ce soir c'\u00e9tait trop bien"),
         ("Yanis", "t'es la seule qui me comprend tu sais. les autres filles sont fausses"),
         ("Chlo\u00e9", "arr\u00eate tu vas me faire rougir \U0001F648"),
         ("Yanis", "\u00e7a va chez ta m\u00e8re ? elle t'a encore cri\u00e9 dessus ?", 4300),
         ("Chlo\u00e9", "ouais, elle veut me mettre dehors si je trouve pas de taf"),
         ("Yanis", "viens chez moi \u00e0 Bruxelles. je m'occupe de toi, t'auras plus besoin d'elle"),
         ("Chlo\u00e9", "t'es s\u00e9rieux ??"),
         ("Yanis", "je t'ai d\u00e9j\u00e0 pris le billet de train. mais faudra que tu m'aides un peu, j'ai des dettes avec des gars pas sympas"),
         ("Chlo\u00e9", "je peux faire quoi moi"),
         ("Yanis", "un pote organise des soir\u00e9es, tu tiens compagnie \u00e0 des clients, juste quelques fois. pour nous deux. dis rien \u00e0 tes copines, elles comprendraient pas notre histoire"),
         ("Chlo\u00e9", "j'sais pas Yanis..."),
         ("Yanis", "si tu m'aimes vraiment tu le fais. et laisse ta carte d'identit\u00e9 chez moi en arrivant, c'est plus s\u00fbr"),
     ])

post("de1", 0, ["job_offer", "travel_meet", "money_gifts_debt"], "de",
     "2026-01-13T08:00:00Z", "Seniorenzentrum Lindenhof", "public",
     "Pflegefachkr\u00e4fte (m/w/d) aus dem Ausland gesucht \u2013 Seniorenzentrum Lindenhof, "
     "Bamberg. Unbefristeter Arbeitsvertrag nach Tarif, 38,5 Std./Woche, 30 Tage Urlaub. Wir "
     "unterst\u00fctzen bei der Anerkennung Ihres Abschlusses, \u00fcbernehmen Visumkosten und "
     "Flug und stellen f\u00fcr die ersten 6 Monate ein m\u00f6bliertes Apartment (320 \u20ac warm, "
     "laut Vertrag vom Lohn einbehalten). Deutschkurs bis B2 wird bezahlt. Vermittlung \u00fcber "
     "die zertifizierte Agentur Care Bridge GmbH. Keine Vermittlungsgeb\u00fchren f\u00fcr "
     "Bewerber:innen. Kontakt: bewerbung@example.com, Tel. 555-0121.")

post("de2", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request",
                "off_platform", "secrecy", "commercial_sex"], "de",
     "2026-01-28T20:41:06Z", "Wellness_Oase_Jobs", "Jobs Deutschland f\u00fcr Ausl\u00e4nder (Gruppe)",
     "Massage-Studio in Frankfurt sucht junge Damen (18\u201325) \U0001F486\u200d\u2640\ufe0f auch ohne "
     "Erfahrung und ohne Deutschkenntnisse! Verdienst bis 6.000 \u20ac/Monat, Zimmer direkt im "
     "Studio, Anreise wird vorgestreckt. Papiere? Kein Problem, wir k\u00fcmmern uns. Bewerbung "
     "nur mit 3 aktuellen Fotos (Ganzk\u00f6rper) \u00fcber WhatsApp oder Telegram an 555-0158. "
     "Sofortstart, absolute Diskretion.")

conv("de3", 1, ["control", "commercial_sex", "money_gifts_debt"], "de",
     "2026-02-10T21:15:44Z", ("Chef", "Ana"), [
         ("Chef", "Wie viel heute?"),
         ("Ana", "250 bis jetzt"),
         ("Chef", "Zu wenig. Unter 500 brauchst du nicht heimkommen"),
         ("Ana", "es kommen keine kunden, es regnet"),
         ("Chef", "Dann stell dich unter die Br\u00fccke. Und die Zimmermiete ist Freitag f\u00e4llig, 700"),
         ("Ana", "kann ich bitte meinen ausweis zur\u00fcck? brauch den f\u00fcr die bank"),
         ("Chef", "Wozu Bank. Ich verwalte dein Geld. Ausweis bleibt bei mir"),
     ])

conv("de4", 0, ["job_offer", "photo_request", "off_platform", "travel_meet",
                "money_gifts_debt"], "de",
     "2026-02-25T16:05:00Z", ("Lena", "Mia"), [
         ("Lena", "Hast du den Post von der Polizei gesehen? Die warnen vor Fake-Jobangeboten als 'Hostess in Dubai'"),
         ("Mia", "ja krass, genau so eine Nachricht hat meine Cousine letzte Woche auf Insta bekommen \U0001F633"),
         ("Lena", "hat sie geantwortet?"),
         ("Mia", "nee, die wollten Ganzk\u00f6rperfotos und dass sie auf Telegram weiterschreibt. Sie hat's gemeldet"),
         ("Lena", "gut so. laut Polizei nehmen die dann den Pass ab und sagen du hast Schulden f\u00fcr den Flug"),
         ("Mia", "teilst du den Post in der Klassengruppe? sollten alle lesen"),
         ("Lena", "mach ich \U0001F44D"),
     ])

conv("de5", 0, ["job_offer", "travel_meet", "meeting", "money_gifts_debt"], "de",
     "2026-03-02T17:00:00Z", ("Julia Becker", "Valeria"), [
         ("Julia Becker", "Hallo Valeria, hier ist Julia Becker. Die Agentur AuPair Br\u00fccke hat uns deinen Kontakt gegeben. Wir freuen uns sehr \u00fcber dein Profil!"),
         ("Valeria", "Hallo Frau Becker! Danke, ich freue mich auch. Ich lerne Deutsch seit zwei Jahren, sorry f\u00fcr Fehler \U0001F60A"),
         ("Julia Becker", "Dein Deutsch ist super! Sag gern Julia. Wir haben zwei Kinder, Emil (6) und Greta (3), und wohnen in Freiburg."),
         ("Valeria", "Wie sind die Arbeitszeiten?"),
         ("Julia Becker", "Maximal 30 Stunden pro Woche, h\u00f6chstens 6 Stunden am Tag, 1,5 freie Tage pro Woche. Taschengeld 280 \u20ac im Monat, dazu Zuschuss f\u00fcr den Sprachkurs, Kranken- und Unfallversicherung zahlen wir."),
         ("Valeria", "Und das Zimmer?"),
         ("Julia Becker", "Eigenes abschlie\u00dfbares Zimmer, ca. 14 m\u00b2. Kost und Logis sind frei, da wird nichts vom Taschengeld abgezogen."),
         ("Valeria", "Perfekt. Muss ich den Flug selbst bezahlen?"),
         ("Julia Becker", "Den Hinflug zahlst du, wir beteiligen uns mit 300 \u20ac, das steht auch im Au-pair-Vertrag, den dir die Agentur schickt. Das Visum beantragst du selbst bei der deutschen Botschaft in Bogot\u00e1."),
         ("Valeria", "Okay! K\u00f6nnen wir einmal per Video sprechen? Meine Mutter m\u00f6chte Sie auch kennenlernen."),
         ("Julia Becker", "Sehr gern, Samstag 17 Uhr deutscher Zeit? Die Kinder wollen auch Hallo sagen \U0001F604"),
         ("Valeria", "Ja, super! Bis Samstag."),
     ])

post("nl1", 1, ["commercial_sex", "off_platform"], "nl",
     "2026-01-24T22:02:51Z", "lieve_lisa_nieuw", "public",
     "\u2728 Nieuw in de stad \u2728 Lieve, discrete dame van 21, net aangekomen \U0001F337 Ontvang "
     "gulle heren op een nette priv\u00e9locatie of kom naar je hotel \U0001F3E8 Alleen deze "
     "week! Donaties en wensen bespreken we via sms, geen anonieme nummers. \U0001F4F1 555-0181")

post("nl2", 0, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy",
                "photo_request"], "nl",
     "2026-02-03T12:00:00Z", "Stichting Kompas Jong", "public",
     "Hoe herken je een loverboy of een nepvacature? \U0001F6A9 'Ik regel een baantje voor je als "
     "hostess in Antwerpen, reis en kamer betaal ik, dat verdien je zo terug.' \U0001F6A9 'Vertel "
     "het nog niet aan je ouders, die snappen het toch niet.' \U0001F6A9 'Stuur even een paar "
     "foto's, dan laat ik ze aan de baas zien.' Herken je dit? Je bent niet de enige en het "
     "is nooit jouw schuld. Chat anoniem met ons via example.com/chat of bel 555-0193.")

conv("nl3", 0, ["job_offer", "travel_meet", "off_platform", "photo_request"], "nl",
     "2026-02-15T20:30:00Z", ("Sanne", "Noor"), [
         ("Sanne", "Noor, even serieus: ik kreeg een berichtje op Insta van een 'agency', hostesswerk in Dubai, \u20ac4000 per maand, vlucht en appartement geregeld"),
         ("Noor", "eh wat? welke agency"),
         ("Sanne", "ze noemen geen naam, alleen dat ik naar WhatsApp moet en foto's moet sturen"),
         ("Noor", "Sanne dat is precies hoe die mensenhandelaren het doen. Echte bureaus hebben een KvK-nummer, een kantoor en een contract"),
         ("Sanne", "ja dacht ik al, voelde raar. hij vroeg ook of ik een vriend had \U0001F644"),
         ("Noor", "blokkeren en melden. stuur me de screenshots even, mijn zus werkt bij de politie, die weet waar je het kan melden"),
         ("Sanne", "thnx lieverd \u2764\ufe0f"),
     ])

conv("nl4", 1, ["job_offer", "vulnerability", "travel_meet", "money_gifts_debt",
                "secrecy", "photo_request", "commercial_sex", "compliments_trust"], "nl",
     "2026-03-04T19:48:22Z", ("Dennis", "Mila"), [
         ("Dennis", "hey mooie, lang niet gesproken. hoe gaat t met je"),
         ("Mila", "gaat wel, weer ruzie thuis en geen geld \U0001F629"),
         ("Dennis", "ik heb misschien iets voor je. maat van me zoekt meiden voor gastvrouwwerk in een club in Antwerpen. weekend, cash, 500 per avond"),
         ("Mila", "500?? wat moet je daarvoor doen"),
         ("Dennis", "beetje gezellig zijn met zakenmannen, drankjes. trein en hotel schiet ik voor, dat haal je er zo uit"),
         ("Mila", "klinkt te mooi eerlijk"),
         ("Dennis", "vertrouw me nou. zeg thuis maar dat je bij een vriendin slaapt. en stuur even 2 leuke foto's, dan laat ik je aan hem zien"),
     ])


# ---------------------------------------------------------------------------
# write
# ---------------------------------------------------------------------------
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "probe%d.jsonl" % NN)
    with open(path, "w", encoding="utf-8") as fh:
        for it in ITEMS:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(ITEMS), path))


if __name__ == "__main__":
    main()
