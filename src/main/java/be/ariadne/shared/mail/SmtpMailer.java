package be.ariadne.shared.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

@Component
class SmtpMailer implements Mailer {
    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    SmtpMailer(ObjectProvider<JavaMailSender> sender, @Value("${ariadne.mail.from:no-reply@ariadne.invalid}") String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public boolean send(String to, String subject, String body) {
        JavaMailSender s = sender.getIfAvailable();
        if (s == null) return false;
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(to);
        m.setSubject(subject);
        m.setText(body);
        try {
            s.send(m);
            return true;
        } catch (MailException e) {
            log.warn("could not send e-mail '{}': {}", subject, e.getMessage());
            return false;
        }
    }
}
